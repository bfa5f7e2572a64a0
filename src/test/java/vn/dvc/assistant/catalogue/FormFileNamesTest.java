package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Document cells copied from national-procedures.jsonl (without the quantity); the record code is in each comment. */
class FormFileNamesTest {

    private static void assertSplit(String cell, String name, List<String> forms) {
        assertEquals(new FormFileNames.Cell(name, forms), FormFileNames.split(cell));
    }

    @Test
    void aFormWordGluedToTheNameStartsTheFileName() {
        // 1.007927
        assertSplit("Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện sản xuất phân bón theo Mẫu số 25 Phụ lục I ban hành kèm "
                + "theo Nghị định số 33/2026/NĐ-CPMẫu số 25.docx",
                "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện sản xuất phân bón theo Mẫu số 25 Phụ lục I ban hành kèm theo "
                        + "Nghị định số 33/2026/NĐ-CP", List.of("Mẫu số 25.docx"));
        // 1.014239: the file name itself has dots, dashes and underscores
        assertSplit("Bản đồ khu vực khai thác khoáng sảnMau 35 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.docx",
                "Bản đồ khu vực khai thác khoáng sản", List.of("Mau 35 - Phu luc II_36.2025.TT-BNNMT_02.7.2025.docx"));
    }

    @Test
    void severalFilesAreSplitAtTheirExtensions() {
        // 1.002349
        assertSplit("+ Nộp cho Cảng vụ hàng hải/Cảng vụ đường thủy nội địa: Bản khai chung theo mẫu, Danh sách thuyền viên "
                + "theo mẫu, Danh sách hành khách (nếu có) theo mẫu, Bản khai hàng hóa nguy hiểm (nếu có) theo mẫu, Giấy phép "
                + "rời cảngMauBankhaihanghoanguyhiem.docxMauDanhsachhanhkhach.docxMauDanhsachthuyenvien.docxMauBankhaichung.docx",
                "+ Nộp cho Cảng vụ hàng hải/Cảng vụ đường thủy nội địa: Bản khai chung theo mẫu, Danh sách thuyền viên "
                        + "theo mẫu, Danh sách hành khách (nếu có) theo mẫu, Bản khai hàng hóa nguy hiểm (nếu có) theo mẫu, "
                        + "Giấy phép rời cảng",
                List.of("MauBankhaihanghoanguyhiem.docx", "MauDanhsachhanhkhach.docx", "MauDanhsachthuyenvien.docx",
                        "MauBankhaichung.docx"));
    }

    @Test
    void withoutAFormWordTheFileStartsAtAWordGluedToTheText() {
        // 1.002005
        assertSplit("Văn bản đăng ký mẫu chữ ký của người đại diện giao dịch mới của tổ chức tín dụng, doanh nghiệp "
                + "(Phụ lục số 02).PHLC2.TT06.docx", "Văn bản đăng ký mẫu chữ ký của người đại diện giao dịch mới của tổ "
                + "chức tín dụng, doanh nghiệp (Phụ lục số 02).", List.of("PHLC2.TT06.docx"));
        // 1.000574
        assertSplit("Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện đào tạo, huấn luyện nghiệp vụ nhân viên hàng "
                + "không1.000574.docx", "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện đào tạo, huấn luyện nghiệp vụ "
                + "nhân viên hàng không", List.of("1.000574.docx"));
        // 1.003220: a numbered file after a closing bracket
        assertSplit("Bản trích sao quá trình công tác của đối tượng được hưởng chế độ có xác nhận của thủ trưởng cơ quan "
                + "quản lý hồ sơ (mẫu 2C).38-Mẫu 2C-Trích sao lý lịch.doc", "Bản trích sao quá trình công tác của đối tượng "
                + "được hưởng chế độ có xác nhận của thủ trưởng cơ quan quản lý hồ sơ (mẫu 2C).",
                List.of("38-Mẫu 2C-Trích sao lý lịch.doc"));
    }

    @Test
    void aNameWithoutFileIsLeftAlone() {
        assertSplit("- Giấy đề nghị đăng ký hộ kinh doanh;", "- Giấy đề nghị đăng ký hộ kinh doanh;", List.of());
    }

    @Test
    void whenTheFileNameCannotBeToldApartNothingIsDropped() {
        // 1.000314: lower case glued to lower case, no sentence end before the file name
        String cell = "Bản chính Văn bản đề nghị theo quy địnhvăn bản đề nghị.docx";
        assertSplit(cell, cell, List.of());
        assertTrue(FormFileNames.endsWithFileName(cell));
    }
}
