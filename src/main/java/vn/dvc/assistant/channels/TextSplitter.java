package vn.dvc.assistant.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a long reply into messages a platform accepts, at the most natural places: paragraphs, lines, sentences. */
public final class TextSplitter {

    /** From the most to the least natural place to end a message. */
    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("\\n[ \\t]*\\n\\s*"),
            Pattern.compile("\\n\\s*"),
            Pattern.compile("(?<=[.!?…;:])\\s+"),
            Pattern.compile("\\s+"));

    private record Cut(int end, int next) {
    }

    private TextSplitter() {
    }

    /** Parts of at most {@code limit} UTF-16 units each (never more characters than the platforms count). */
    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            Cut cut = cut(rest, limit);
            parts.add(rest.substring(0, cut.end()).stripTrailing());
            rest = rest.substring(cut.next()).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The longest beginning of {@code text} of at most {@code length} UTF-16 units that keeps surrogate pairs whole. */
    public static String head(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    /**
     * The most natural boundary that still fills at least half a message; failing that the last boundary of
     * any kind; failing that (one word longer than a message) a cut that keeps surrogate pairs whole.
     */
    private static Cut cut(String text, int limit) {
        String window = text.substring(0, limit + 1);
        for (Pattern boundary : BOUNDARIES) {
            Cut last = lastBoundary(boundary, window, limit / 2);
            if (last != null) {
                return last;
            }
        }
        for (Pattern boundary : BOUNDARIES) {
            Cut last = lastBoundary(boundary, window, 1);
            if (last != null) {
                return last;
            }
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return new Cut(end, end);
    }

    private static Cut lastBoundary(Pattern boundary, String window, int earliest) {
        Cut last = null;
        Matcher matcher = boundary.matcher(window);
        while (matcher.find()) {
            if (matcher.start() >= earliest) {
                last = new Cut(matcher.start(), matcher.end());
            }
        }
        return last;
    }
}
