package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Whole "can_cu_phap_ly" fields copied from national-procedures.jsonl; the record code is in each comment. */
class LegalBasisParserTest {

    private static final String HEADER = LegalBasisParser.HEADER;

    private static List<String> codes(List<LegalDocument> rows) {
        return rows.stream().map(LegalDocument::code).toList();
    }

    @Test
    void titlesAndNumbersRunTogether() throws UnreadableField {
        // 1.001612: a title ending in a year is glued to the next number ("...Doanh nghiệp 2020" + "76/2025/QH15")
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp "
                + "202076/2025/QH15Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh "
                + "nghiệp, đăng ký hộ kinh doanh68/2025/TT-BTCNghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính "
                + "phủ về đăng ký doanh nghiệp168/2025/NĐ-CPThông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định "
                + "của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương85/2019/TT-BTCLuật Doanh nghiệp59/2020/QH14");
        assertEquals(List.of("76/2025/QH15", "68/2025/TT-BTC", "168/2025/NĐ-CP", "85/2019/TT-BTC", "59/2020/QH14"), codes(rows));
        assertEquals(new LegalDocument("Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2020", "76/2025/QH15"), rows.get(0));
        assertEquals("Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
                rows.get(2).title());
        assertEquals(new LegalDocument("Luật Doanh nghiệp", "59/2020/QH14"), rows.get(4));
    }

    @Test
    void aTitleEndingWithItsOwnNumberAndCapitalTitles() throws UnreadableField {
        // 1.000811: "QH14" + "49/2019/QH14", "QĐ-TTg", a title in capitals
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, "
                + "LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM25/2021/TT-BTCLuật 49/2019/QH14"
                + "49/2019/QH14Quyết định số 09/2023/QĐ-TTg09/2023/QĐ-TTg");
        assertEquals(List.of(
                new LegalDocument("QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, "
                        + "NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM", "25/2021/TT-BTC"),
                new LegalDocument("Luật 49/2019/QH14", "49/2019/QH14"),
                new LegalDocument("Quyết định số 09/2023/QĐ-TTg", "09/2023/QĐ-TTg")), rows);
    }

    @Test
    void aNumberFollowedByALowerCaseTitleOrASpaceCanStillEndARow() throws UnreadableField {
        // 2.001428
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Nghị định số 118/2025/NĐ-CP của Chính phủ: Về thực hiện "
                + "thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc "
                + "gia118/2025/NĐ-CPThông tư số 02/2017/TT-VPCP02/2017/TT-VPCPThông tư03/2025/TT-VPCPquy định một số chính "
                + "sách đảm bảo an sinh xã hội trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030182/2025/NQ-HĐND Quy định "
                + "trình tự, thủ tục hành chính thực hiện một số chính sách đảm bảo an sinh xã hội trên địa bàn tỉnh Hà Tĩnh "
                + "giai đoạn 2026-203016/2026/QĐ-UBND");
        assertEquals(List.of("118/2025/NĐ-CP", "02/2017/TT-VPCP", "03/2025/TT-VPCP", "182/2025/NQ-HĐND", "16/2026/QĐ-UBND"),
                codes(rows));
        assertEquals(new LegalDocument("Thông tư", "03/2025/TT-VPCP"), rows.get(2));
        assertTrue(rows.get(3).title().startsWith("quy định một số chính sách"), rows.get(3).title());
        assertTrue(rows.get(4).title().endsWith("giai đoạn 2026-2030"), rows.get(4).title());
    }

    @Test
    void aNumberCellMayStartWithTheKindOfDocument() throws UnreadableField {
        // 1.001762
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Luật Các tổ chức tín dụngLuật số 32/2024/QH15Thông tư quy "
                + "định về hồ sơ, trình tự cấp Giấy phép, tổ chức và hoạt động của  tổ chức tài chính vi môThông tư số "
                + "54/2025/TT-NHNNThông tư sửa đổi, bổ sung một số điều của các Thông tư về tổ chức tài chính vi mô liên quan "
                + "đến cắt giảm, phân cấp, đơn giản hóa thủ tục hành chínhThông tư số 14/2026/TT-NHNN");
        assertEquals(List.of("Luật số 32/2024/QH15", "Thông tư số 54/2025/TT-NHNN", "Thông tư số 14/2026/TT-NHNN"), codes(rows));
        assertEquals("Luật Các tổ chức tín dụng", rows.get(0).title());
        // 1.000156
        assertEquals(List.of(new LegalDocument("Luật Các tổ chức tín dụng", "Luật số 32/2024/QH15"),
                new LegalDocument("59/2025/TT-NHNN", "số 59/2025/TT-NHNN")), LegalBasisParser.parse(HEADER
                + "Luật Các tổ chức tín dụngLuật số 32/2024/QH1559/2025/TT-NHNNsố 59/2025/TT-NHNN"));
    }

    @Test
    void aNumberWrittenAfterSoIsAReferenceInTheTitle() throws UnreadableField {
        // 2.000988: "...bởi Nghị định số 07/2025/NĐ-CP" ends the title, "280/2025/NĐ-CP" is the cell
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, "
                + "chứng thực chữ ký và chứng thực hợp đồng, giao dịch23/2015/NĐ-CPNghị định số 280/2025/NĐ-CP sửa đổi, bổ "
                + "sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, "
                + "chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP"
                + "280/2025/NĐ-CPThông tư 01/2020/TT-BTP01/2020/TT-BTPQuy định mức thu, chế độ thu, nộp, quản lý và sử dụng "
                + "phí, lệ phí trong lĩnh vực ngoại giao áp dụng tại các Cơ quan đại diện Việt Nam ở nước ngoài264/2016/TT-BTC");
        assertEquals(List.of("23/2015/NĐ-CP", "280/2025/NĐ-CP", "01/2020/TT-BTP", "264/2016/TT-BTC"), codes(rows));
        assertTrue(rows.get(1).title().endsWith("bởi Nghị định số 07/2025/NĐ-CP"), rows.get(1).title());
    }

    @Test
    void aYearAndFullStopGluedBeforeTheNumberStayInTheTitle() throws UnreadableField {
        // 1.009664
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "định số 96/2026/NĐ-CP ngày 31/3/2026;96/2026/NĐ-CP Thông "
                + "tư số 55/2026/TT-BTC ngày 15/5/2026.55/2026/TT-BTCLuật Đầu tư 143/2025/QH15");
        assertEquals(List.of(new LegalDocument("định số 96/2026/NĐ-CP ngày 31/3/2026;", "96/2026/NĐ-CP"),
                new LegalDocument("Thông tư số 55/2026/TT-BTC ngày 15/5/2026.", "55/2026/TT-BTC"),
                new LegalDocument("Luật Đầu tư", "143/2025/QH15")), rows);
    }

    @Test
    void aTitleMayStartWithANumber() throws UnreadableField {
        // 1.001656
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Quy định chi tiết và hướng dẫn biện pháp thi hành một số "
                + "điều của Luật bảo hiểm y tế146/2018/NĐ-CPLuật 25/2008/QH12 - Bảo hiểm y tế25/2008/QH1246/2014/QH13 Sửa "
                + "đổi, bổ sung một số điều của Luật Bảo hiểm y tếLuật 46/2014/QH13");
        assertEquals(List.of("146/2018/NĐ-CP", "25/2008/QH12", "Luật 46/2014/QH13"), codes(rows));
        assertEquals("Luật 25/2008/QH12 - Bảo hiểm y tế", rows.get(1).title());
        assertEquals("46/2014/QH13 Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", rows.get(2).title());
    }

    @Test
    void aNumberGluedToTheWordBeforeItStartsACell() throws UnreadableField {
        // 1.004089: "cách mạng31/2013/NĐ-CP", then a tab and a title that starts with a number
        List<LegalDocument> rows = LegalBasisParser.parse(HEADER + "Sửa đổi, bổ sung một số điều của Pháp lệnh ưu đãi người "
                + "có công với cách mạng04/2012/UBTVQH1326/2005/PL-UBTVQH11 - Ưu đãi người có công với cách mạng26/2005/PL-"
                + "UBTVQH11Hướng dẫn Pháp lệnh ưu đãi người có công với cách mạng31/2013/NĐ-CP\t05/2013/TT-BLĐTBXH - Hướng dẫn "
                + "về thủ tục lập hồ sơ, quản lý hồ sơ, thực hiện chế độ ưu đãi người có công với cách mạng và thân nhân"
                + "05/2013/TT-BLĐTBXH");
        assertEquals(List.of("04/2012/UBTVQH13", "26/2005/PL-UBTVQH11", "31/2013/NĐ-CP", "05/2013/TT-BLĐTBXH"), codes(rows));
        assertEquals("Hướng dẫn Pháp lệnh ưu đãi người có công với cách mạng", rows.get(2).title());
    }

    @Test
    void aNumberCutAfterItsYearIsKeptWhereACellBorderShows() throws UnreadableField {
        // 3.000137, at the end
        assertEquals(List.of(new LegalDocument("Nghị định số 46/2020/NĐ-CP", "46/2020")),
                LegalBasisParser.parse(HEADER + "Nghị định số 46/2020/NĐ-CP46/2020"));
        // 1.009097, the second and third rows: glued to the word before and to the next title
        assertEquals(List.of(new LegalDocument("Nghị định số 167/2025/NĐ-CP ngày 30/6/2025 của Chính phủ", "167/2025"),
                new LegalDocument("Nghị định 08/2015/NĐ-CP", "08/2015/NĐ-CP")),
                LegalBasisParser.parse(HEADER + "Nghị định số 167/2025/NĐ-CP ngày 30/6/2025 của Chính phủ167/2025"
                        + "Nghị định 08/2015/NĐ-CP08/2015/NĐ-CP"));
    }

    @Test
    void textThatDoesNotEndWithANumberIsUnreadable() {
        // 1.014777 ends with a date where the number should be
        UnreadableField e = assertThrows(UnreadableField.class, () -> LegalBasisParser.parse(HEADER + "Sửa đổi, bổ sung một số "
                + "Nghị định quy định về điều kiện đầu tư, kinh doanh trong lĩnh vực nông nghiệp123/2018/NĐ-CPquy định chi "
                + "tiết một số điều của Luật Thú y35/2016/NĐ-CPLuật thú y19/6/2015"));
        assertTrue(e.getMessage().contains("Luật thú y19/6/2015"), e.getMessage());
        assertThrows(UnreadableField.class, () -> LegalBasisParser.parse(": Thông tư 269/2016/TT-BTC ngày 14/11/2016"));
    }

    @Test
    void noInformationIsEmpty() throws UnreadableField {
        assertEquals(List.of(), LegalBasisParser.parse("Không có thông tin"));
    }
}
