package vn.dvc.assistant.catalogue.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.assistant.catalogue.Document;

/**
 * A row of the portal's document tables as a citizen may read it. The portal gives every row a quantity, so a list
 * heading ("Giấy tờ phải nộp:") or a note comes out as "0 bản chính", which reads as "no original needed": a count
 * of zero is never shown, and a row that ends with ":" and counts nothing is the heading of the rows after it.
 */
public final class DocumentRows {

    private static final Pattern QUANTITY = Pattern.compile("(\\d+) bản chính(?:,(\\d+) bản sao)?");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[-+•]\\s*");

    private DocumentRows() {
    }

    /** "1 bản chính, 1 bản sao", "1 bản sao"; empty when the row counts nothing. */
    public static Optional<String> quantity(Document document) {
        Matcher matcher = QUANTITY.matcher(document.quantity().strip());
        if (!matcher.matches()) {
            return Optional.of(document.quantity().strip()).filter(q -> !q.isEmpty());
        }
        List<String> parts = new ArrayList<>();
        count(matcher.group(1), "bản chính").ifPresent(parts::add);
        count(matcher.group(2), "bản sao").ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** A row that introduces the rows after it rather than naming a document. */
    public static boolean isHeading(Document document) {
        return document.name().strip().endsWith(":") && quantity(document).isEmpty();
    }

    /** A table's heading as a line of its own: the portal often starts it with a bullet, which would make it a document. */
    public static String heading(String title) {
        return LEADING_BULLET.matcher(title.strip()).replaceFirst("");
    }

    private static Optional<String> count(String number, String what) {
        int count = number == null ? 0 : Integer.parseInt(number);
        return count == 0 ? Optional.empty() : Optional.of(count + " " + what);
    }
}
