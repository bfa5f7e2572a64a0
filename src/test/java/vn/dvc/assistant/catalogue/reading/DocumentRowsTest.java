package vn.dvc.assistant.catalogue.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.Document;

class DocumentRowsTest {

    private static Document row(String name, String quantity) {
        return new Document(name, List.of(), quantity);
    }

    @Test
    void aCountOfZeroIsNeverShown() {
        assertEquals(Optional.of("1 bản chính"), DocumentRows.quantity(row("Tờ khai", "1 bản chính")));
        assertEquals(Optional.of("1 bản chính, 2 bản sao"), DocumentRows.quantity(row("Tờ khai", "1 bản chính,2 bản sao")));
        assertEquals(Optional.of("1 bản sao"), DocumentRows.quantity(row("Bản sao giấy phép", "0 bản chính,1 bản sao")));
        assertEquals(Optional.empty(), DocumentRows.quantity(row("Xuất trình bản chính giấy phép lái xe", "0 bản chính")));
    }

    @Test
    void aRowThatEndsWithAColonAndCountsNothingIsAHeading() {
        assertTrue(DocumentRows.isHeading(row("Giấy tờ phải nộp:", "0 bản chính")));
        assertFalse(DocumentRows.isHeading(row("Hợp đồng liên quan để chuyển quyền sở hữu:", "0 bản chính,1 bản sao")));
        assertFalse(DocumentRows.isHeading(row("Trường hợp giấy tờ đã có trong cơ sở dữ liệu thì không phải nộp", "0 bản chính")));
    }

    @Test
    void aHeadingLosesTheBulletThatWouldMakeItADocument() {
        assertEquals("Trường hợp cấp lại do bị mất thẻ:", DocumentRows.heading("- Trường hợp cấp lại do bị mất thẻ:"));
        assertEquals("* Trường hợp ủy quyền:", DocumentRows.heading("* Trường hợp ủy quyền:"));
    }
}
