package vn.dvc.assistant.catalogue.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as the portal writes them: the fee cell ({@code 150,000 Việt Nam Đồng}, {@code 100 VNĐ},
 * {@code 20 USD}) and the amounts a note sets ("100.000 đồng/lần", "02 triệu đồng/lần cấp", "8.000.000/lần"), however
 * their thousands are grouped ("10.000.0000 đồng" is an amount too, if not one to repeat).
 *
 * @param currency {@code VND} or {@code USD}
 */
record Money(long amount, String currency) {

    static final String VND = "VND";
    static final String USD = "USD";

    private static final Pattern CELL = Pattern.compile("(\\d{1,3}(?:,\\d{3})*|\\d+) (VNĐ|Việt Nam Đồng|USD)");
    /** A number and its currency ("6 đồng thời" is "at the same time", not money), or millions before a "/". */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d.,])(\\d[\\d.,]*\\d|\\d)\\s*(triệu\\s*)?(Việt Nam Đồng|đồng|VNĐ|VND|USD|đ)(?![\\p{L}])"
                    + "(?!\\s+(?:thời|ý|bộ)(?![\\p{L}]))"
                    + "|(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3}){2,})(?=\\s*/)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final long MILLION = 1_000_000;

    /** The fee cell's sum, empty for "Miễn phí" or a cell of another shape. */
    static Optional<Money> ofCell(String cell) {
        Matcher matcher = CELL.matcher(cell.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Money(Long.parseLong(matcher.group(1).replace(",", "")),
                matcher.group(2).equals(USD) ? USD : VND));
    }

    /** Every sum a text names, in order. */
    static List<Money> in(String text) {
        List<Money> sums = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                sums.add(new Money(digits(matcher.group(4)), VND));
                continue;
            }
            long amount = digits(matcher.group(1)) * (matcher.group(2) == null ? 1 : MILLION);
            sums.add(new Money(amount, matcher.group(3).equalsIgnoreCase(USD) ? USD : VND));
        }
        return sums;
    }

    private static long digits(String number) {
        return Long.parseLong(number.replace(".", "").replace(",", ""));
    }
}
