package vn.dvc.assistant.catalogue.reading;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.catalogue.Channel;

/**
 * A channel row's processing time as a citizen may read it. 861 of the portal's rows give a bare number ("1"): its
 * unit is taken from the record's own words, the row's description first, then the steps, then the rest of the
 * record, where that number is written with one unit only ("trong thời hạn 01 ngày làm việc"); otherwise the
 * citizen is sent to the official page. A number is never shown without its unit.
 */
public final class ProcessingTime {

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");
    /** "Không" alone says neither "no time limit" nor "no information". */
    private static final String BARE_NO = "Không";
    private static final String UNITS = "ngày làm việc|ngày|giờ làm việc|giờ|tháng";
    static final String SEE_THE_PAGE = "trang không ghi rõ thời hạn, anh/chị xem trang chính thức";

    private ProcessingTime() {
    }

    /** Where in the record a unit may be found, in the order it is looked for, and how the answer names it. */
    private enum Place {
        DESCRIPTION("phần mô tả cách thực hiện"),
        STEPS("phần trình tự thực hiện"),
        REST("các phần khác của trang");

        private final String words;

        Place(String words) {
            this.words = words;
        }
    }

    /** The time after "Trực tiếp: ", or empty when the row gives no time. */
    public static Optional<String> shown(CatalogueEntry entry, Channel row) {
        return row.time().map(String::strip).map(time -> {
            if (time.equals(BARE_NO)) {
                return SEE_THE_PAGE;
            }
            if (!BARE_NUMBER.matcher(time).matches()) {
                return time;
            }
            return unitFor(entry, row, Integer.parseInt(time)).orElse(SEE_THE_PAGE);
        });
    }

    /** Whether the portal wrote this row's time as a bare number. */
    public static boolean isBareNumber(Channel row) {
        return row.time().map(String::strip).filter(t -> BARE_NUMBER.matcher(t).matches()).isPresent();
    }

    private static Optional<String> unitFor(CatalogueEntry entry, Channel row, int number) {
        // "01 ngày làm việc", "05 (năm) ngày", never the "1" of "01/2026" or "11/1"
        Pattern withUnit = Pattern.compile("(?<![\\d.,/])0*" + number + "\\s*(?:\\([^)]{1,25}\\)\\s*)?(" + UNITS + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Place place : Place.values()) {
            Set<String> units = new LinkedHashSet<>();
            texts(entry, row, place).forEach(text -> {
                Matcher matcher = withUnit.matcher(text);
                while (matcher.find()) {
                    units.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            });
            if (units.size() > 1) {
                return Optional.empty();
            }
            if (units.size() == 1) {
                return Optional.of(number + " " + units.iterator().next() + " (trang chỉ ghi số " + number
                        + "; đơn vị theo " + place.words + ")");
            }
        }
        return Optional.empty();
    }

    private static Stream<String> texts(CatalogueEntry entry, Channel row, Place place) {
        return switch (place) {
            case DESCRIPTION -> row.description().stream();
            case STEPS -> entry.steps().stream();
            case REST -> Stream.concat(entry.channels().stream().flatMap(c -> Stream.of(c.description(), c.feeNote())),
                    Stream.of(entry.conditions())).flatMap(Optional::stream);
        };
    }
}
