package vn.dvc.assistant.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last clause of a message that holds several: citizens tell what happened first and ask last ("Tháng trước em
 * mới cưới, nhà chồng ở Đà Nẵng. Giờ muốn chuyển hộ khẩu về nhà chồng thì làm sao", "trả hết nợ rồi, xóa thế chấp thế
 * nào").
 */
final class AskingClause {

    /**
     * A clause ends at a full stop, a question or exclamation mark, a semicolon or a comma before a space, or at a line
     * break; "1.000656" and "1,5 triệu" are not split.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.?!;…,])\\s+|\\s*\\n\\s*");

    private AskingClause() {
    }

    static Optional<String> of(String message) {
        List<String> clauses = Arrays.stream(CLAUSE_END.split(message.strip()))
                .filter(s -> s.chars().anyMatch(Character::isLetter)).toList();
        return clauses.size() < 2 ? Optional.empty() : Optional.of(clauses.get(clauses.size() - 1));
    }
}
