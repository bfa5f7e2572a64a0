package vn.dvc.assistant.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
 * mojibake), CRLF line ends, a field quoted when it holds a comma, quote or line break, times in the admin
 * time zone. Citizens' text is untrusted: a field starting like a formula gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it.
 */
final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;
    private final DateTimeFormatter time;

    CsvWriter(OutputStream stream, ZoneId zone) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.time = TIME.withZone(zone);
        write(String.valueOf(BYTE_ORDER_MARK));
    }

    void row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells[i]));
        }
        write(line.append("\r\n").toString());
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        if (cell instanceof Instant instant) {
            return time.format(instant);
        }
        String text = defused(cell.toString());
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
