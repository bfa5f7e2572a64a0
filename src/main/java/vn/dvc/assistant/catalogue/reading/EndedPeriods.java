package vn.dvc.assistant.catalogue.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a portal text says something holds until, when they are past. The portal keeps a fee reduced "kể từ ngày
 * 01/01/2025 đến hết ngày 31/12/2025" on its page after that day, beside the fee that holds again; a citizen reading
 * it from the assistant must be told that period is over, and where to find today's.
 */
public final class EndedPeriods {

    /** "đến (hết) (ngày) 31/12/2025", "đến hết ngày 31 tháng 12 năm 2025", "đến hết năm 2025" (its last day). */
    private static final Pattern UNTIL = Pattern.compile(
            "(?iu)đến\\s+(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})"
                    + "|(?iu)đến\\s+hết\\s+năm\\s+(\\d{4})");

    private EndedPeriods() {
    }

    /** The last days of the periods the text states that ended before {@code today}, earliest first, each once. */
    public static List<LocalDate> in(String text, LocalDate today) {
        TreeSet<LocalDate> ended = new TreeSet<>();
        Matcher until = UNTIL.matcher(text);
        while (until.find()) {
            try {
                LocalDate last = until.group(4) != null
                        ? LocalDate.of(Integer.parseInt(until.group(4)), 12, 31)
                        : LocalDate.of(Integer.parseInt(until.group(3)), Integer.parseInt(until.group(2)), Integer.parseInt(until.group(1)));
                if (last.isBefore(today)) {
                    ended.add(last);
                }
            } catch (DateTimeException e) {
                // "đến ngày 31/02/2025" is no day: the text is the portal's, and nothing can be said of it
            }
        }
        return List.copyOf(ended);
    }
}
