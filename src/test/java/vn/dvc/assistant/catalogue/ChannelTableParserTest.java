package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Snippets copied from national-procedures.jsonl (composed, as the importer reads them); record codes in the comments. */
class ChannelTableParserTest {

    private static final String HEADER = ChannelTableParser.HEADER;

    @Test
    void rowsHaveTimeFeeAndDescription() throws UnreadableField {
        // 1.010093
        List<Channel> rows = ChannelTableParser.parse(HEADER
                + "Trực tuyến2 Ngày làm việcMiễn phíTrong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ."
                + "Dịch vụ bưu chính2 Ngày làm việcMiễn phíTrong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ."
                + "Trực tiếp2 Ngày làm việcMiễn phíTrong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ.");
        assertEquals(List.of("Trực tuyến", "Dịch vụ bưu chính", "Trực tiếp"), rows.stream().map(Channel::channel).toList());
        assertEquals(new Channel("Trực tiếp", Optional.of("2 Ngày làm việc"), Optional.of("Miễn phí"), Optional.empty(),
                Optional.of("Trong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ.")), rows.get(2));
    }

    @Test
    void theFeeNoteIsTheBracketAfterTheFeeWithItsNestedBrackets() throws UnreadableField {
        // 1.000811
        List<Channel> rows = ChannelTableParser.parse(HEADER
                + "Trực tuyến21 Ngày1,200,000 Việt Nam Đồng(1.200.000đ/thẻ ABTC.)Dịch vụ bưu chính21 Ngày làm việcMiễn phí"
                + "Trực tiếp21 Ngày1,200,000 Việt Nam Đồng(1.200.000 đồng/thẻ ABTC.)");
        assertEquals(new Channel("Trực tuyến", Optional.of("21 Ngày"), Optional.of("1,200,000 Việt Nam Đồng"),
                Optional.of("1.200.000đ/thẻ ABTC."), Optional.empty()), rows.get(0));
        assertEquals(Optional.of("Miễn phí"), rows.get(1).fee());
        // 1.001010
        assertEquals(Optional.of("100 USD"), ChannelTableParser.parse(HEADER + "Trực tiếp6 Tháng100 USD(100 USD/thẻ.)").get(0).fee());
    }

    @Test
    void aBareTimeGluedToAnAmountIsOneDigit() throws UnreadableField {
        // 2.002041, first row: time "1", fee "100 VNĐ" printed as "1100 VNĐ"; the note confirms 100.000 đồng
        Channel online = ChannelTableParser.parse(HEADER + "Trực tuyến1100 VNĐ(Phí công bố nội dung đăng ký doanh nghiệp: "
                + "100.000 đồng/lần (Thông tư số 47/2019/TT-BTC))").get(0);
        assertEquals(Optional.of("1"), online.time());
        assertEquals(Optional.of("100 VNĐ"), online.fee());
        assertEquals(Optional.of("Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/2019/TT-BTC)"),
                online.feeNote());
        // 1.007664: bare times before a fee word
        assertEquals(List.of(Optional.of("1"), Optional.of("1")),
                ChannelTableParser.parse(HEADER + "Trực tuyến1Miễn phíTrực tiếp1Miễn phí").stream().map(Channel::time).toList());
    }

    @Test
    void aDescriptionThatStartsWithAChannelNameDoesNotStartARow() throws UnreadableField {
        // 1.003777
        List<Channel> rows = ChannelTableParser.parse(HEADER + "Trực tiếp10 NgàyKhông có thông tinTrực tiếp tại cơ quan "
                + "Công an cấp huyện nơi cán bộ, chiến sĩ hoặc thân nhân cán bộ, chiến sĩ thường trú. - Công an cấp huyện: "
                + "10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.Trực tiếp10 NgàyKhông có thông tin- Công an cấp tỉnh: 10 ngày kể từ "
                + "ngày nhận đủ hồ sơ hợp lệ.Trực tiếp10 NgàyKhông có thông tin- Cục Tổ chức cán bộ: 10 ngày kể từ ngày nhận "
                + "đủ hồ sơ hợp lệ.");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).description().orElseThrow().startsWith("Trực tiếp tại cơ quan Công an cấp huyện"));
        assertEquals(Optional.empty(), rows.get(0).fee());
        assertEquals(Optional.of("- Cục Tổ chức cán bộ: 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."), rows.get(2).description());
    }

    @Test
    void noInformationMeansAbsent() throws UnreadableField {
        // 6.003500, first row
        Channel row = ChannelTableParser.parse(HEADER + "Trực tiếpKhông có thông tinKhông có thông tin"
                + "Không quy định thời hạn giải quyết, phí, lệ phí").get(0);
        assertEquals(new Channel("Trực tiếp", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Không quy định thời hạn giải quyết, phí, lệ phí")), row);
        assertEquals(List.of(), ChannelTableParser.parse("Không có thông tin"));
    }

    @Test
    void aWordedTimeIsReadOnEveryRowThatRepeatsIt() throws UnreadableField {
        // 1.009824, descriptions shortened: the third row writes the same time without the full stop
        String time = "Hệ thống giải quyết thủ tục hành chính ngành Thuế thực hiện phản hồi tự động thông qua phương thức điện tử";
        List<Channel> rows = ChannelTableParser.parse(HEADER + "Trực tiếp" + time + ".Không có thông tinTại Trung tâm phục vụ "
                + "hành chính công cấp tỉnh, xãTrực tuyến" + time + ".Không có thông tinQua Cổng dịch vụ công Quốc gia"
                + "Dịch vụ bưu chính" + time + "Không có thông tinThông qua dịch vụ bưu chính công ích");
        assertEquals(List.of("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"), rows.stream().map(Channel::channel).toList());
        assertEquals(Optional.of("Qua Cổng dịch vụ công Quốc gia"), rows.get(1).description());
        assertEquals(Optional.of(time), rows.get(2).time());
    }

    @Test
    void aNoteWhoseBracketsNeverBalanceEndsAtTheLastClosingBracket() throws UnreadableField {
        // 1.000597, the first row, its description shortened
        Channel row = ChannelTableParser.parse(HEADER + "Dịch vụ bưu chínhKhông có thông tinMiễn phí(2.400.000 Đồng (Cấp lại "
                + "do mất, rách, hỏng; 15.000.000 Đồng (Cấp lại do thay đổi nội dung (Miễn phí kể từ ngày 07/4/2026 đến "
                + "30/6/2026 theo Thông tư số 40/2026/TT-BTC) Trường hợp cấp lại giấy chứng nhận do bị mất, rách, hỏng: 03 ngày "
                + "làm việc kể từ ngày nhận hồ sơ đầy đủ theo quy định.").get(0);
        assertTrue(row.feeNote().orElseThrow().endsWith("theo Thông tư số 40/2026/TT-BTC"), row.feeNote().toString());
        assertTrue(row.description().orElseThrow().startsWith("Trường hợp cấp lại giấy chứng nhận"));
    }

    @Test
    void unreadableTablesSayWhy() {
        // 3.000337: the crawler cut the field inside the note
        UnreadableField cut = assertThrows(UnreadableField.class,
                () -> ChannelTableParser.parse(HEADER + "Trực tuyến1 Ngày100 VNĐ("));
        assertTrue(cut.getMessage().contains("never closes its bracket"), cut.getMessage());
        UnreadableField noHeader = assertThrows(UnreadableField.class, () -> ChannelTableParser.parse("Trực tuyến1 NgàyMiễn phí"));
        assertTrue(noHeader.getMessage().startsWith("no table header"), noHeader.getMessage());
        UnreadableField noRow = assertThrows(UnreadableField.class, () -> ChannelTableParser.parse(HEADER + "Nộp hồ sơ trực tiếp"));
        assertTrue(noRow.getMessage().contains("cannot find a channel"), noRow.getMessage());
    }
}
