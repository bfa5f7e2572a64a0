package vn.dvc.assistant.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** The lines of a stream as bytes, one at a time in a buffer reused from line to line (the last may lack its end). */
final class ByteLines implements AutoCloseable {

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[1 << 14];
    private int length;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        boolean read = false;
        while (true) {
            if (chunkStart == chunkEnd) {
                chunkEnd = in.read(chunk);
                chunkStart = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    return read;
                }
            }
            read = true;
            int end = chunkStart;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            append(chunkStart, end);
            chunkStart = end < chunkEnd ? end + 1 : end;
            if (end < chunkEnd) {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Only spaces, tabs or nothing: the text of a blank line. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private void append(int from, int to) {
        int count = to - from;
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
