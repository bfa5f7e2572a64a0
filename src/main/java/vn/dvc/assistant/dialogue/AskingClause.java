package vn.dvc.assistant.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The last clause of a message that holds several: citizens tell what happened first and ask last ("Tháng trước em
 * mới cưới, nhà chồng ở Đà Nẵng. Giờ muốn chuyển hộ khẩu về nhà chồng thì làm sao", "trả hết nợ rồi, xóa thế chấp thế
 * nào"), without the reason it may give before asking ("... vì bạn bè trêu hoài thì ...").
 */
final class AskingClause {

    /**
     * A clause ends at a full stop, a question or exclamation mark, a semicolon or a comma before a space, or at a line
     * break; "1.000656" and "1,5 triệu" are not split.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.?!;…,])\\s+|\\s*\\n\\s*");

    private AskingClause() {
    }

    /**
     * A reason given inside the asking clause, from "vì" to the "thì" or "nên" that resumes the request ("muốn đổi tên
     * cho con vì bạn bè trêu hoài thì làm thủ tục gì"). Only as typed with diacritics, or as two words: "vi" alone may
     * be "ví", and "do" is the "đỏ" of "sổ đỏ".
     */
    private static final Pattern REASON = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:bởi vì|tại vì|bởi vi|boi vi|tai vi|vì)(?![\\p{L}]).*?(?<![\\p{L}])(?=(?:thì|nên|thi|nen)(?![\\p{L}]))");

    /**
     * The asking clause, as {@code read} reads it: the last clause when it names a topic, else the last clauses together
     * back to the nearest that does ("Xin hỏi gia hạn tạm trú như thế nào, cần những giấy tờ gì?" asks its aspect alone
     * in its last clause). Empty when that is the whole message. Each text is read once.
     */
    static <T> Optional<T> of(String message, Function<String, T> read, Predicate<T> namesTopic) {
        List<String> clauses = Arrays.stream(CLAUSE_END.split(message.strip()))
                .filter(s -> s.chars().anyMatch(Character::isLetter)).map(String::strip).toList();
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        String whole = String.join(" ", clauses);
        int first = clauses.size() - 1;
        String asking = REASON.matcher(clauses.get(first)).replaceFirst("").replaceAll("\\s+", " ").strip();
        while (!(first == 0 && asking.equals(whole))) {
            T reading = read.apply(asking);
            if (namesTopic.test(reading)) {
                return Optional.of(reading);
            }
            if (first == 0) {
                break;
            }
            first--;
            asking = clauses.get(first) + " " + asking;
        }
        return Optional.empty();
    }
}
