package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ByteLinesTest {

    @Test
    void splitsOnNewlinesWithOrWithoutCarriageReturnsAndKeepsALastLineWithoutItsEnd() throws IOException {
        assertEquals(List.of("một", "", "hai", "  ", "ba"), lines("một\n\r\nhai\r\n  \nba", 1 << 16));
        assertEquals(List.of("một"), lines("một\n", 1 << 16));
        assertEquals(List.of(), lines("", 1 << 16));
    }

    @Test
    void aLineLongerThanTheBufferAndSplitAcrossReadsComesWhole() throws IOException {
        String longLine = "đăng ký hộ kinh doanh ".repeat(5_000);
        assertEquals(List.of(longLine, "tiếp"), lines(longLine + "\ntiếp\n", 7));
    }

    @Test
    void blankMeansOnlySpacesAndTabs() throws IOException {
        try (ByteLines lines = new ByteLines(stream(" \t\n x\n", 1 << 16))) {
            assertTrue(lines.next());
            assertTrue(lines.isBlank());
            assertTrue(lines.next());
            assertFalse(lines.isBlank());
            assertFalse(lines.next());
        }
    }

    private static List<String> lines(String text, int readSize) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ByteLines reader = new ByteLines(stream(text, readSize))) {
            while (reader.next()) {
                lines.add(new String(reader.bytes(), 0, reader.length(), StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** A stream that hands out at most {@code readSize} bytes per read, as a network or gzip stream may. */
    private static InputStream stream(String text, int readSize) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, readSize));
            }
        };
    }
}
