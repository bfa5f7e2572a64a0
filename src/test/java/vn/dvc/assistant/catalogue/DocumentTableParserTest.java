package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Snippets copied from national-procedures.jsonl (composed, as the importer reads them); record codes in the comments. */
class DocumentTableParserTest {

    private static final String HEADER = DocumentTableParser.HEADER;

    @Test
    void eachTableKeepsTheHeadingAboveIt() throws UnreadableField {
        // 3.000163
        List<DocumentGroup> groups = DocumentTableParser.parse("Giấy tờ phải nộp" + HEADER + "Đơn khởi kiện1 bản chính"
                + "Tài liệu, chứng cứ kèm theo (nếu có)0 bản chính,1 bản sao--" + HEADER
                + "Tài liệu, chứng cứ kèm theo (nếu có)1 bản chính,1 bản sao");
        assertEquals(List.of(
                new DocumentGroup(Optional.of("Giấy tờ phải nộp"), List.of(
                        new Document("Đơn khởi kiện", List.of(), "1 bản chính"),
                        new Document("Tài liệu, chứng cứ kèm theo (nếu có)", List.of(), "0 bản chính,1 bản sao"))),
                new DocumentGroup(Optional.empty(), List.of(
                        new Document("Tài liệu, chứng cứ kèm theo (nếu có)", List.of(), "1 bản chính,1 bản sao")))),
                groups);
    }

    @Test
    void formFilesAreSeparatedFromTheName() throws UnreadableField {
        // 2.000639, the first three rows
        List<Document> documents = DocumentTableParser.parse("--" + HEADER + "d) Văn bản đề nghị cấp thẻ bảo hiểm y tế của các "
                + "đơn vị trường Công an; Công an, Cảnh sát phòng cháy và chữa cháy tỉnh, thành phố trực thuộc Trung ương; doanh "
                + "nghiệp, đơn vị sự nghiệp công lập thuộc Bộ Công an.Mau02-BK(BHYT).doc1 bản chínhb) Danh sách người lao động, "
                + "học sinh, sinh viên và thân nhân sĩ quan, hạ sĩ quan, chiến sĩ trong Công an nhân dân tham gia bảo hiểm y tế;"
                + "Mau01-DS(BHYT).doc1 bản chínha) Tờ khai tham gia bảo hiểm y tế;Mau01-BK(BHYT).doc1 bản chính").get(0).documents();
        assertEquals(3, documents.size());
        assertEquals(new Document("a) Tờ khai tham gia bảo hiểm y tế", List.of("Mau01-BK(BHYT).doc"), "1 bản chính"),
                documents.get(2));
        assertTrue(documents.get(0).name().endsWith("đơn vị sự nghiệp công lập thuộc Bộ Công an."), documents.get(0).name());
    }

    @Test
    void aQuantityWrittenInsideANameDoesNotEndTheRow() throws UnreadableField {
        // 1.007855
        List<Document> documents = DocumentTableParser.parse("--" + HEADER + "Trường hợp thực hiện trên tờ khai hải quan giấy "
                + "theo quy định tại khoản 2 Điều 25 Nghị định số 08/2015/NĐ-CP, người khai hải quan khai và nộp 02 bản chính tờ "
                + "khai hàng hóa xuất khẩu theo mẫu HQ/2015/XK Phụ lục IV ban hành kèm Thông tư số 38/2015/TT-BTC0 bản chính"
                + "+ Tờ khai hàng hóa xuất khẩu theo các chỉ tiêu thông tin tại Phụ lục II ban hành kèm Thông tư số "
                + "38/2015/TT-BTC.0 bản chính").get(0).documents();
        assertEquals(2, documents.size());
        assertTrue(documents.get(0).name().contains("khai và nộp 02 bản chính tờ khai"), documents.get(0).name());
        assertEquals("0 bản chính", documents.get(0).quantity());
        assertTrue(documents.get(1).name().startsWith("Tờ khai hàng hóa xuất khẩu"), "the bullet is dropped");
    }

    @Test
    void aNameEndingInADigitKeepsItWhenTheQuantityIsGluedToIt() throws UnreadableField {
        // 2.001583, two rows from the middle: "Mẫu 02" + "1 bản chính"
        List<Document> documents = DocumentTableParser.parse("--" + HEADER + "Giấy đề nghị đăng ký doanh nghiệp - Mẫu 021 bản chính"
                + "Điều lệ công ty1 bản chính").get(0).documents();
        assertEquals(List.of(new Document("Giấy đề nghị đăng ký doanh nghiệp - Mẫu 02", List.of(), "1 bản chính"),
                new Document("Điều lệ công ty", List.of(), "1 bản chính")), documents);
    }

    @Test
    void textAfterTheLastTableIsAClosingNote() throws UnreadableField {
        // 1.009628: the last heading, one of its rows and the closing note, shortened
        List<DocumentGroup> groups = DocumentTableParser.parse("Đối với trường hợp 8, hồ sơ bao gồm" + HEADER
                + "Bản sao tài liệu về tư cách pháp lý của nhà đầu tư0 bản chính,1 bản sao(Trường hợp khai thác, sử dụng được "
                + "thông tin về tài liệu tư cách pháp lý của nhà đầu tư thì hồ sơ không bao gồm bản sao của các giấy tờ này)");
        assertEquals(2, groups.size());
        assertEquals(new DocumentGroup(Optional.of("(Trường hợp khai thác, sử dụng được thông tin về tài liệu tư cách pháp lý "
                + "của nhà đầu tư thì hồ sơ không bao gồm bản sao của các giấy tờ này)"), List.of()), groups.get(1));
    }

    @Test
    void noDocumentsListedIsEmpty() throws UnreadableField {
        assertEquals(List.of(), DocumentTableParser.parse("--"));
        assertEquals(List.of(), DocumentTableParser.parse(""));
        assertEquals(List.of(), DocumentTableParser.parse("Không có thông tin"));
    }

    @Test
    void textWithoutATableIsUnreadable() {
        // 1.001656: the crawler cut the page at a mention of "Thành phần hồ sơ" inside the steps
        UnreadableField e = assertThrows(UnreadableField.class, () -> DocumentTableParser.parse(
                "); nộp hồ sơ cho cơ quan BHXH.\nBước 2. Cơ quan BHXH tiếp nhận và thụ lý hồ sơ"));
        assertTrue(e.getMessage().startsWith("no table header 'Tên giấy tờMẫu đơn, tờ khaiSố lượng'"), e.getMessage());
        assertTrue(e.getMessage().contains("nộp hồ sơ cho cơ quan BHXH"), e.getMessage());
    }
}
