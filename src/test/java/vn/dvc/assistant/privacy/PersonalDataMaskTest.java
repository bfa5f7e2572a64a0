package vn.dvc.assistant.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "số của tôi 0903123456 nhé | số của tôi [số điện thoại] nhé",
            "0903 123 456 | [số điện thoại]",
            "0903.123.456 | [số điện thoại]",
            "0903-123-456 | [số điện thoại]",
            "090 312 3456 | [số điện thoại]",
            "sđt:0358123456. | sđt:[số điện thoại].",
            "+84903123456 | [số điện thoại]",
            "+84 903 123 456 | [số điện thoại]",
            "(+84) 903-123-456 | [số điện thoại]",
            "84903123456 | [số điện thoại]",
            "gọi 0561234567 hoặc 0599876543 | gọi [số điện thoại] hoặc [số điện thoại]",
            "0769123456, 0812345678 | [số điện thoại], [số điện thoại]",
            "0903123456-0912345678 | [số điện thoại]-[số điện thoại]",
            "bàn 028 3829 1234 | bàn [số điện thoại]",
            "(028) 3829 1234 | [số điện thoại]",
            "02253123456 | [số điện thoại]",
            "+84 28 3829 1234 | [số điện thoại]",
            "gọi 0903123456 9 giờ sáng | gọi [số điện thoại] 9 giờ sáng",
    })
    void masksPhoneNumbers(String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CCCD 079123456789 | CCCD [số CCCD/CMND]",
            "cccd: 001203004567, cấp ngày 01/02/2021 | cccd: [số CCCD/CMND], cấp ngày 01/02/2021",
            "số căn cước 079 123 456 789 | số căn cước [số CCCD/CMND]",
            "0791 2345 6789 | [số CCCD/CMND]",
            "CMND 271234567 | CMND [số CCCD/CMND]",
            "cmnd số 023456789 cũ | cmnd số [số CCCD/CMND] cũ",
    })
    void masksCitizenIdNumbers(String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email nguyen.van.a@gmail.com nhé | email [email] nhé",
            "Gửi về: tran_thi-b+hkd@so-khdt.hochiminhcity.gov.vn. | Gửi về: [email].",
            "lienhe0903123456@yahoo.com.vn | [email]",
    })
    void masksEmails(String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MST 8012345678 | MST [mã số thuế]",
            "mã số thuế 0312345678 | mã số thuế [mã số thuế]",
            "mst 0101234567 của hộ | mst [mã số thuế] của hộ",
            "chi nhánh 0312345678-001 | chi nhánh [mã số thuế]",
            "0351234567-002 | [mã số thuế]",
            "2012345678 | [mã số thuế]",
    })
    void masksTaxCodes(String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thủ tục 1.001612 cần giấy tờ gì?",
            "thủ tục 1.001612.000.00.00.H29",
            "theo Nghị định 168/2025/NĐ-CP",
            "Thông tư 01/2021/TT-BKHĐT và Quyết định 1291/QĐ-BTP",
            "ngày 15/03/2025, 15-03-2025, 15.03.2025 hay 2025-03-15",
            "từ 01.01.2024 - 31.12.2024",
            "lệ phí 100.000 đồng",
            "vốn 1.500.000.000đ",
            "vốn 500000000 đồng",
            "vốn 1000000000 VNĐ",
            "100000000000 đồng",
            "3 tháng",
            "trong 45 ngày làm việc",
            "Tổng đài 1800 1096",
            "mã hồ sơ 000.00.25.H29-240315-0012",
            "số 12345678",
            "recipient 1234567890123456",
            "từ 7:30 đến 11:30, ngày 2,5 triệu",
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001612",
            "Đăng ký hộ kinh doanh cần giấy tờ gì?",
            "0903123456789",
            "",
    })
    void leavesWhatIsNotPersonalData(String text) {
        assertEquals(text, PersonalDataMask.mask(text));
    }

    /** Issue 15: forms that were stored unmasked or half masked; each is read normalised first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CCCD 079.123.456.789 | CCCD [số CCCD/CMND]",
            "CCCD 079-123-456-789 | CCCD [số CCCD/CMND]",
            "sđt 0903\u00A0123\u00A0456 | sđt [số điện thoại]",
            "sđt 0903/123/456 | sđt [số điện thoại]",
            "sđt 09\u200B03\u200C123\u200D456 | sđt [số điện thoại]",
            "sđt ０９０３１２３４５６ | sđt [số điện thoại]",
            "CCCD ０７９１２３４５６７８９ | CCCD [số CCCD/CMND]",
            "sđt 0903\u2060123\uFEFF456 | sđt [số điện thoại]",
            "email a.b(at)example.com | email [email]",
            "email a.b [at] example [dot] com | email [email]",
            "email a.b @ example.com | email [email]",
            "email nguyen.van.a＠gmail.com | email [email]",
            "STK 0123456789012 Vietcombank | STK [số tài khoản] Vietcombank",
            "số tài khoản: 1903 5678 9012 34 | số tài khoản: [số tài khoản]",
            "so tai khoan 19035678901234 techcombank | so tai khoan [số tài khoản] techcombank",
            "tk agribank 1500205123456 | tk agribank [số tài khoản]",
            "hộ chiếu C1234567 | hộ chiếu [số hộ chiếu]",
            "passport N7654321. | passport [số hộ chiếu].",
    })
    void masksTheFormsThatSlippedPast(String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text.translateEscapes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vốn 100.000.000.000",
            "tài khoản dịch vụ công mức 2",
            "tài khoản bị khóa từ 15-03-2025",
            "đăng ký tài khoản theo thủ tục 1.001612",
            "mã hồ sơ H29.22-240315-0012",
    })
    void leavesWhatOnlyLooksLikeTheNewForms(String text) {
        assertEquals(text, PersonalDataMask.mask(text));
    }

    @Test
    void aNumberBeforeAWordStartingWithDIsStillMasked() {
        assertEquals("[số điện thoại] để liên hệ", PersonalDataMask.mask("0903123456 để liên hệ"));
    }

    @Test
    void readsADecomposedCurrencyAsACurrency() {
        String decomposed = Normalizer.normalize("500000000 đồng", Normalizer.Form.NFD);
        assertEquals(decomposed, PersonalDataMask.mask(decomposed));
    }

    @Test
    void masksEverythingInOneMessage() {
        assertEquals("Tôi tên A, CCCD [số CCCD/CMND], sđt [số điện thoại], email [email], MST [mã số thuế]: "
                        + "đóng lệ phí 100.000 đồng theo thủ tục 1.001612 được không?",
                PersonalDataMask.mask("Tôi tên A, CCCD 079123456789, sđt 0903 123 456, email a@b.vn, MST 0312345678: "
                        + "đóng lệ phí 100.000 đồng theo thủ tục 1.001612 được không?"));
    }

    @Test
    void leavesNullAsNull() {
        assertNull(PersonalDataMask.mask(null));
    }
}
