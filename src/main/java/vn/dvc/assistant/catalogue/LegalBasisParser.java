package vn.dvc.assistant.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the portal's "Căn cứ pháp lý" table: {@code Tên văn bản pháp lýMã văn bản} then title and number cells
 * run together, e.g. {@code Luật Doanh nghiệp59/2020/QH14Nghị định số 168/2025/NĐ-CP ngày ...168/2025/NĐ-CP}.
 * Document numbers are the anchors, but titles contain numbers too, so the split is chosen among all the ways
 * the text can be cut into (title, number) rows: the one whose cuts look most like cell borders wins.
 */
final class LegalBasisParser {

    static final String HEADER = "Tên văn bản pháp lýMã văn bản";

    /** A number part ({@code NĐ}, {@code CP}, {@code TTg}, {@code QH15}, {@code UBTVQH14}) of a document number. */
    private static final String PART = "(?:[A-ZĐ]*QH\\d\\d|TTg|[A-ZĐ]+)";
    /** A document number, greedy: it may swallow the first capital of the glued title after it. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?[a-z]?)(?:/\\d{4})?/" + PART + "(?:(?:-\\s?|/)" + PART + ")*");
    /**
     * A number and year with the issuer cut off ("46/2020"), as a few records write it; trusted only at the very
     * end, or where a cell border shows (glued to a word before and to the next title after), and never as the end
     * of a date ("ngày 30/6/2025").
     */
    private static final Pattern CUT_NUMBER = Pattern.compile(
            "(?:(?<![\\d/])(?=\\d+/\\d{4}[.;,]*\\s*$)|(?<=\\p{L})(?=\\d+/\\d{4}\\p{Lu}))(\\d+)/\\d{4}");
    /** A year glued before the number, sometimes with the full stop that ended the title: "...năm 2020" + "76/2025". */
    private static final Pattern YEAR_THEN_NUMBER = Pattern.compile("((?:19|20)\\d\\d\\.?)\\d+(?:\\.\\d+)?[a-z]?");
    /**
     * Some number cells start with the kind of document, glued to the end of the title cell:
     * "Luật Các tổ chức tín dụngLuật số 32/2024/QH15", "...tổ chức tài chính vi môThông tư số 54/2025/TT-NHNN",
     * "59/2025/TT-NHNNsố 59/2025/TT-NHNN". After a capital, "Thông tư số..." starts a title instead.
     */
    private static final Pattern KIND_GLUED_BEFORE = Pattern.compile(
            "(?:(?<=[\\p{Ll}.;)])(?:Luật|Luất|Thông tư|Nghị định|Nghị quyết|Quyết định|Pháp lệnh)(?: số)?|(?<=[\\p{L}.;)])số) ?$");
    /** "số" (number) before a document number: the title refers to it, as in "Nghị định số 07/2025/NĐ-CP". */
    private static final Pattern REFERENCE_WORD_BEFORE = Pattern.compile("(?iu)\\bsố\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]*\\s*");
    /** Titles written in capitals that begin right after a number: "NĐ-CPLUẬT HÀNG KHÔNG", "TT-BTCQUY ĐỊNH". */
    private static final List<String> CAPITAL_TITLE_WORDS = List.of("QUYẾT", "LUẬT", "NGHỊ", "THÔNG", "QUY", "PHÁP",
            "HƯỚNG", "SỬA", "VỀ", "VĂN", "BỘ", "CHỈ", "HIẾN", "BAN", "NGÂN");
    private static final List<String> ONSETS = List.of("Ch", "Gh", "Gi", "Kh", "Ng", "Nh", "Ph", "Qu", "Th", "Tr");

    private record Span(int start, int end) {
    }

    private record Split(int cost, List<LegalDocument> rows) {
    }

    private final String body;
    private final List<Span> numbers;
    private final Map<Integer, Optional<Split>> bestFrom = new HashMap<>();

    private LegalBasisParser(String body) {
        this.body = body;
        this.numbers = numbers(body);
    }

    static List<LegalDocument> parse(String text) throws UnreadableField {
        Optional<String> present = PortalText.present(text);
        if (present.isEmpty()) {
            return List.of();
        }
        if (!present.get().startsWith(HEADER)) {
            throw new UnreadableField("no table header '" + HEADER + "'; the field starts " + PortalText.quote(present.get()));
        }
        String body = present.get().substring(HEADER.length()).strip();
        Optional<Split> split = new LegalBasisParser(body).best(0);
        if (split.isEmpty()) {
            throw new UnreadableField("cannot split " + PortalText.quoteEnd(body) + " into rows: it does not end with a document number");
        }
        return split.get().rows();
    }

    private static List<Span> numbers(String body) {
        List<Span> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            int start = withoutYearBefore(m);
            int end = trimEnd(body, start, titleStart(body, start, m.end()));
            if (end > start) {
                spans.add(new Span(withKindBefore(body, start), end));
            }
        }
        Matcher cut = CUT_NUMBER.matcher(body);
        while (cut.find()) {
            Span number = new Span(withoutYearBefore(cut), cut.end());
            if (spans.stream().noneMatch(span -> span.start() < number.end() && number.start() < span.end())) {
                spans.add(number);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static int withKindBefore(String body, int start) {
        Matcher kind = KIND_GLUED_BEFORE.matcher(body.substring(Math.max(0, start - 20), start));
        return kind.find() ? start - (kind.end() - kind.start()) : start;
    }

    /** Where the number starts when a title ending in a year is glued to it: "Luật Doanh nghiệp 2020" + "59/2020/QH14". */
    private static int withoutYearBefore(Matcher number) {
        Matcher year = YEAR_THEN_NUMBER.matcher(number.group(1));
        boolean glued = number.group(1).length() > 4 && year.matches();
        return glued ? number.start() + year.end(1) : number.start();
    }

    /** Gives back the start of a title glued to the number: "NĐ-CPNghị định" ends the number at "NĐ-CP". */
    private static int titleStart(String body, int start, int end) {
        int lastPart = end;
        while (lastPart > start && isNumberLetter(body.charAt(lastPart - 1))) {
            lastPart--;
        }
        for (int i = lastPart; i < end; i++) {
            if (startsWord(body, i)) {
                return i;
            }
        }
        return end;
    }

    private static boolean isNumberLetter(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }

    /** Does a Vietnamese word (not an abbreviation) start here? */
    private static boolean startsWord(String body, int i) {
        for (String word : CAPITAL_TITLE_WORDS) {
            if (body.startsWith(word, i)) {
                int after = i + word.length();
                if (after == body.length() || !isNumberLetter(body.charAt(after))) {
                    return true;
                }
            }
        }
        if (i + 1 >= body.length() || !Character.isLowerCase(body.charAt(i + 1)) || body.startsWith("TTg", i)) {
            return false;
        }
        char capital = body.charAt(i);
        char next = body.charAt(i + 1);
        return capital == 'Đ' || ONSETS.contains("" + capital + next) || (!isVowel(capital) && isVowel(next));
    }

    private static boolean isVowel(char c) {
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return "aeiouy".indexOf(Character.toLowerCase(base)) >= 0;
    }

    private static int trimEnd(String body, int start, int end) {
        while (end > start && " -/".indexOf(body.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The cheapest way to cut the text from {@code start} into rows, or empty when it cannot be cut. */
    private Optional<Split> best(int start) {
        if (start >= body.length() || TRAILING_PUNCTUATION.matcher(body.substring(start)).matches()) {
            return Optional.of(new Split(0, List.of()));
        }
        Optional<Split> known = bestFrom.get(start);
        if (known != null) {
            return known;
        }
        Optional<Split> best = Optional.empty();
        for (Span number : numbers) {
            String title = body.substring(start, Math.max(start, number.start())).strip();
            Integer after = number.start() > start && !title.isEmpty() ? cutCost(number.end()) : null;
            if (after == null) {
                continue;
            }
            Optional<Split> rest = best(number.end());
            if (rest.isEmpty()) {
                continue;
            }
            int cost = after + rowCost(start, number, title) + rest.get().cost();
            if (best.isEmpty() || cost < best.get().cost()) {
                List<LegalDocument> rows = new ArrayList<>();
                rows.add(new LegalDocument(title, body.substring(number.start(), number.end())));
                rows.addAll(rest.get().rows());
                best = Optional.of(new Split(cost, List.copyOf(rows)));
            }
        }
        bestFrom.put(start, best);
        return best;
    }

    /**
     * The cost of ending a row after a number: none when the next title is glued to it (the portal's cell border)
     * or the text ends, one when a space comes first, impossible (null) when a lower-case word or punctuation
     * follows (the number is then part of a sentence).
     */
    private Integer cutCost(int end) {
        if (end == body.length() || TRAILING_PUNCTUATION.matcher(body.substring(end)).matches()) {
            return 0;
        }
        char next = body.charAt(end);
        if (!Character.isWhitespace(next)) {
            return "),.;:".indexOf(next) >= 0 ? null : 0;
        }
        int word = end;
        while (word < body.length() && Character.isWhitespace(body.charAt(word))) {
            word++;
        }
        char first = body.charAt(word);
        return Character.isLowerCase(first) || "(-–,;.".indexOf(first) >= 0 ? null : 1;
    }

    /**
     * What makes a row unlikely, minus one for the row itself (more cell borders found is better): a title that
     * starts with a number, a number glued after a different number or written after "số", and cell borders left
     * inside the title (a number glued to the text after it or to the word before it).
     * A title ending with the row's own number ("Nghị định 82/2015/NĐ-CP" + "82/2015/NĐ-CP") is the usual shape.
     */
    private int rowCost(int start, Span number, String title) {
        int cost = -1;
        if (Character.isDigit(title.charAt(0))) {
            cost++;
        }
        Span before = numberEndingAt(number.start());
        if (before != null && !sameText(before, number)) {
            cost++;
        }
        if (REFERENCE_WORD_BEFORE.matcher(body.substring(Math.max(start, number.start() - 6), number.start())).find()) {
            cost++;
        }
        for (Span inside : numbers) {
            if (inside.start() > start && inside.end() < number.start()) {
                cost += (gluedBorder(inside) ? 1 : 0) + (gluedToWordBefore(inside) ? 1 : 0);
            }
        }
        return cost;
    }

    /** In a title a number follows a space ("Nghị định số 31/2013/NĐ-CP"); glued to a word, it starts a cell. */
    private boolean gluedToWordBefore(Span number) {
        return Character.isLetter(body.charAt(number.start() - 1));
    }

    private boolean gluedBorder(Span number) {
        char next = body.charAt(number.end());
        if (Character.isWhitespace(next) || "),.;:".indexOf(next) >= 0) {
            return false;
        }
        Span following = numberStartingAt(number.end());
        return following == null || !sameText(number, following);
    }

    private Span numberEndingAt(int position) {
        return numbers.stream().filter(n -> n.end() == position).findFirst().orElse(null);
    }

    private Span numberStartingAt(int position) {
        return numbers.stream().filter(n -> n.start() == position).findFirst().orElse(null);
    }

    private boolean sameText(Span a, Span b) {
        return body.substring(a.start(), a.end()).equals(body.substring(b.start(), b.end()));
    }
}
