package vn.dvc.assistant.knowledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line of a guide that holds only for a period, such as a fee reduced until 31 December 2026: the line starts (or
 * its list item starts) with {@code [đến 2026-12-31]}, {@code [từ 2027-01-01]} or {@code [từ 2026-07-01 đến
 * 2026-12-31]}, both dates included. The assistant shows a line only on the days it holds, so a guide can carry
 * today's statement and the one that replaces it, and the right one is answered on each day without an edit.
 */
public final class DatedText {

    /** The dates of guides are Vietnam's calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** An optional list prefix ("- ", "1. "), then the period in brackets. */
    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:-|\\d+\\.)\\s+)?\\[(từ|đến)(\\s[^\\]]*)?\\]\\s*");
    private static final Pattern PERIOD = Pattern.compile("(?:từ (\\S+))?\\s*(?:đến (\\S+))?");

    /** @param from first day the line holds, or null; @param until last day it holds, or null */
    public record Period(LocalDate from, LocalDate until) {
        boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    private DatedText() {
    }

    /** The period a line is marked with; empty when it holds always. Throws on a marker that cannot be read. */
    public static Optional<Period> periodOf(String line) {
        Matcher marker = MARKER.matcher(line);
        if (!marker.find()) {
            return Optional.empty();
        }
        String words = (marker.group(2) + (marker.group(3) == null ? "" : marker.group(3))).strip();
        Matcher period = PERIOD.matcher(words);
        if (!period.matches() || period.group(1) == null && period.group(2) == null) {
            throw new IllegalArgumentException("'[" + words + "]' is not a period");
        }
        try {
            Period read = new Period(date(period.group(1)), date(period.group(2)));
            if (read.from() != null && read.until() != null && read.until().isBefore(read.from())) {
                throw new IllegalArgumentException("the period [" + words + "] ends before it starts");
            }
            return Optional.of(read);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'[" + words + "]' has a date that is not YYYY-MM-DD");
        }
    }

    static String on(String text, LocalDate day) {
        return text.lines().filter(line -> periodOf(line).map(p -> p.holdsOn(day)).orElse(true))
                .map(DatedText::unmarked).collect(Collectors.joining("\n")).strip();
    }

    static String allLines(String text) {
        return text.lines().map(DatedText::unmarked).collect(Collectors.joining("\n"));
    }

    /** The line as the citizen reads it: the period marker taken out, the list prefix kept. */
    private static String unmarked(String line) {
        Matcher marker = MARKER.matcher(line);
        return marker.find() ? (marker.group(1) == null ? "" : marker.group(1)) + line.substring(marker.end()) : line;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
