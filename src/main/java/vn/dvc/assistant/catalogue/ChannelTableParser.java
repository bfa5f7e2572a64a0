package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the portal's "Cách thức thực hiện" table. The portal runs the header cells and every cell together:
 * {@code Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến3 Ngày làm việcMiễn phí(ghi chú)Mô tả...Trực tiếp...}.
 * A row starts at a channel name directly followed by a processing time and a fee; that pattern, not the channel
 * name alone, is the anchor, because descriptions often begin with "Trực tiếp tại ...".
 */
final class ChannelTableParser {

    static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";

    private static final String CHANNEL = "(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)";
    private static final String UNIT = "(?:Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)";
    private static final String AMOUNT = "\\d[\\d,.]*\\s?(?:Việt Nam Đồng|VNĐ|USD)";
    private static final String FEE = "(?:Miễn phí|" + PortalText.NO_INFORMATION + "|" + AMOUNT + "|Việt Nam Đồng|VNĐ|USD)";
    private static final Pattern FEE_CELL = Pattern.compile(FEE);
    /**
     * The time cell, in the shapes the portal uses: "Không có thông tin" or a number with a unit; a bare number
     * before a fee word; a bare number glued to a fee amount, where only one digit is the time (the portal prints
     * time 1 and fee "100 VNĐ" as "1100 VNĐ", and the fee notes confirm the split); and, for a few tax procedures,
     * a short sentence such as "Không phải trả kết quả cho người nộp thuế".
     */
    private static final Pattern ROW_START = Pattern.compile(CHANNEL
            + "(?:(" + PortalText.NO_INFORMATION + "|\\d+(?:[.,]\\d+)? " + UNIT + ")"
            + "|(\\d+(?:[.,]\\d+)?)(?=Miễn phí|" + PortalText.NO_INFORMATION + ")"
            + "|(\\d)(?=" + AMOUNT + ")"
            + "|(\\D{1,120}?))"
            + "(?=" + FEE + ")");
    private static final int WORDED_TIME = 5;
    private static final Pattern FINAL_STOP = Pattern.compile("[\\s.;,]+$");

    /** Where a row starts, its channel and its time; the fee follows at {@code end}. */
    private record RowStart(int start, int end, String channel, String time) {
    }

    private ChannelTableParser() {
    }

    static List<Channel> parse(String text) throws UnreadableField {
        Optional<String> present = PortalText.present(text);
        if (present.isEmpty()) {
            return List.of();
        }
        if (!present.get().startsWith(HEADER)) {
            throw new UnreadableField("no table header '" + HEADER + "'; the field starts " + PortalText.quote(present.get()));
        }
        String body = present.get().substring(HEADER.length());
        List<RowStart> starts = rowStarts(body);
        if (starts.isEmpty() || starts.get(0).start() != 0) {
            throw new UnreadableField("cannot find a channel with its time and fee at the start of " + PortalText.quote(body));
        }
        List<Channel> channels = new ArrayList<>();
        RowStart row = starts.get(0);
        while (row != null) {
            Matcher fee = FEE_CELL.matcher(body).region(row.end(), body.length());
            fee.lookingAt();
            RowStart next = nextStart(starts, fee.end());
            int nextPosition = next == null ? body.length() : next.start();
            int noteEnd = noteEnd(body, fee.end(), nextPosition);
            channels.add(new Channel(row.channel(), PortalText.present(row.time()), PortalText.present(fee.group()),
                    note(body, fee.end(), noteEnd), PortalText.present(body.substring(noteEnd, nextPosition))));
            row = next;
        }
        return List.copyOf(channels);
    }

    /**
     * Every row start in the table. A worded time is trusted on the first row, and later only when it repeats a
     * worded time seen before (give or take a final full stop): otherwise a description that happens to mention a
     * channel and a fee would split.
     */
    private static List<RowStart> rowStarts(String body) {
        List<RowStart> starts = new ArrayList<>();
        Set<String> wordedTimes = new HashSet<>();
        Matcher m = ROW_START.matcher(body);
        int from = 0;
        while (from < body.length() && m.find(from)) {
            String worded = m.group(WORDED_TIME);
            if (worded != null && m.start() != 0 && !wordedTimes.contains(withoutFinalStop(worded))) {
                from = m.start() + 1; // a real row may start inside the text this candidate spans
                continue;
            }
            if (worded != null) {
                wordedTimes.add(withoutFinalStop(worded));
            }
            starts.add(new RowStart(m.start(), m.end(), m.group(1), time(m)));
            from = m.end();
        }
        return starts;
    }

    private static String withoutFinalStop(String text) {
        return FINAL_STOP.matcher(text).replaceFirst("");
    }

    private static RowStart nextStart(List<RowStart> starts, int from) {
        return starts.stream().filter(s -> s.start() >= from).findFirst().orElse(null);
    }

    private static String time(Matcher start) {
        for (int group = 2; group < WORDED_TIME; group++) {
            if (start.group(group) != null) {
                return start.group(group);
            }
        }
        return start.group(WORDED_TIME);
    }

    /**
     * Where the bracketed fee note after the fee ends. Notes nest brackets; a note whose brackets never balance
     * ends at the last closing bracket before the next row (the rest is the description).
     */
    private static int noteEnd(String body, int from, int next) throws UnreadableField {
        if (from >= next || body.charAt(from) != '(') {
            return from;
        }
        int depth = 0;
        for (int i = from; i < next; i++) {
            char c = body.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        int lastClosing = body.lastIndexOf(')', next - 1);
        if (lastClosing < from) {
            throw new UnreadableField("the note after the fee never closes its bracket: " + PortalText.quote(body.substring(from, next)));
        }
        return lastClosing + 1;
    }

    private static Optional<String> note(String body, int from, int noteEnd) {
        return noteEnd > from ? PortalText.present(body.substring(from + 1, noteEnd - 1)) : Optional.empty();
    }
}
