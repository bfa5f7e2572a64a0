package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads "Kết quả xử lý": result names each followed by {@code Mã: <result code>}, run together
 * ({@code Giấy chứng nhận đăng ký hộ kinh doanhMã: KQ.G12.001041}). The crawler also kept the page text after
 * the results, from the "Từ khóa" (keywords) box on; that is not part of the results.
 */
final class ResultsParser {

    private static final String CODE_LABEL = "Mã:";
    private static final String PAGE_AFTER_RESULTS = "Từ khóa";

    private ResultsParser() {
    }

    static List<Result> parse(String text) {
        Optional<String> present = PortalText.present(text);
        if (present.isEmpty()) {
            return List.of();
        }
        String field = present.get();
        int pageAfter = field.indexOf(PAGE_AFTER_RESULTS);
        String results = pageAfter < 0 ? field : field.substring(0, pageAfter);
        List<Result> parsed = new ArrayList<>();
        int from = 0;
        for (int label = results.indexOf(CODE_LABEL); label >= 0; label = results.indexOf(CODE_LABEL, from)) {
            int codeStart = skipSpaces(results, label + CODE_LABEL.length());
            int codeEnd = codeEnd(results, codeStart);
            PortalText.present(results.substring(from, label)).ifPresent(name ->
                    parsed.add(new Result(name, PortalText.present(results.substring(codeStart, codeEnd)))));
            from = codeEnd;
        }
        PortalText.present(results.substring(from)).ifPresent(name -> parsed.add(new Result(name, Optional.empty())));
        return List.copyOf(parsed);
    }

    /**
     * A result code ({@code KQ.G12.001041}, {@code 000.00.00.G11-KQ1711}) is glued to the next result's name, so it
     * ends where a word starts after its digits: a capital followed by a lower-case letter, or a lower-case letter.
     */
    private static int codeEnd(String text, int start) {
        boolean seenDigit = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || (c == '-' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
            if (seenDigit && Character.isLowerCase(c)) {
                return Character.isUpperCase(text.charAt(i - 1)) ? i - 1 : i;
            }
            seenDigit |= Character.isDigit(c);
            if (!Character.isLetterOrDigit(c) && ".-_".indexOf(c) < 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
