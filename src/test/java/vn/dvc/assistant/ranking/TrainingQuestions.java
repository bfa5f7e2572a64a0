package vn.dvc.assistant.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.VietnameseText;

/**
 * Questions derived from the knowledge itself, as a citizen would ask them: a procedure's names shortened, with a
 * question about one of its parts, half of them without diacritics; a guide's phrasings and example questions; the
 * names citizens use. Each knows the procedure it means. Seeded, so the same knowledge gives the same questions.
 */
final class TrainingQuestions {

    record Question(String text, String procedureId) {
    }

    private static final Pattern PROCEDURE_WORD = Pattern.compile("^(thủ tục|tthc)\\s+", Pattern.CASE_INSENSITIVE);
    private static final List<String> OPENINGS = List.of("", "", "cho hỏi ", "tôi muốn ", "xin hỏi ", "làm ", "em cần ", "thủ tục ");
    private static final List<String> ASKING = List.of("", "", " cần giấy tờ gì", " hồ sơ gồm những gì", " lệ phí bao nhiêu",
            " nộp ở đâu", " mất bao lâu", " như thế nào", " ở đâu", " cần những gì", " thực hiện ra sao", " mẫu đơn nào",
            " điều kiện gì", " được quy định thế nào", " thì làm sao");

    /** Things no procedure of the catalogue or the guides is about, to put in a procedure's place. */
    private static final List<String> ELSEWHERE = List.of("bệnh viện", "phòng khám", "vắc xin", "trường học", "học sinh",
            "bóng đá", "máy bay không người lái", "nhà hàng tiệc cưới", "điện thoại", "bảo hành", "ca sĩ", "biểu diễn",
            "sinh viên", "thất nghiệp", "bác sĩ", "thuốc chữa bệnh", "du lịch", "khách sạn", "mỹ phẩm", "giáo viên",
            "xét nghiệm", "lương hưu trí tuệ", "chứng khoán ảo", "tiền điện tử", "thời tiết", "xổ số", "nấu ăn", "thể thao");

    /** Where an official name starts to narrow what it names: a parenthesis, a comma, a clause of who, where or why. */
    private static final Pattern NARROWING = Pattern.compile(
            "[,(;]|\\s(đối với|không có|không thuộc|thuộc|trên địa bàn|để|tại|trong trường hợp|trường hợp|do|theo)\\s",
            Pattern.CASE_INSENSITIVE);

    private final Random random = new Random(20261203);

    /**
     * Questions like a procedure's but about something else: the name's rarest words replaced by a thing no procedure
     * is about ("cấp giấy phép ... phòng khám"). Right for no candidate.
     */
    List<String> elsewhere(GuideIndex index, int count) {
        List<CatalogueEntry> entries = index.catalogue().entries();
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < count && !entries.isEmpty(); i++) {
            String[] words = PROCEDURE_WORD.matcher(entries.get(random.nextInt(entries.size())).name()).replaceFirst("").split("\\s+");
            int keep = Math.min(words.length, 2 + random.nextInt(3));
            String kept = String.join(" ", java.util.Arrays.copyOf(words, keep));
            questions.add(maybeFolded(lowerFirst(kept) + " " + ELSEWHERE.get(random.nextInt(ELSEWHERE.size()))
                    + ASKING.get(random.nextInt(ASKING.size()))));
        }
        return questions;
    }


    List<Question> from(GuideIndex index) {
        List<Question> questions = new ArrayList<>();
        KnowledgeBase knowledgeBase = index.knowledgeBase();
        for (Guide guide : knowledgeBase.guides()) {
            guide.phrasings().forEach(p -> questions.add(new Question(maybeFolded(p), guide.id())));
            for (Aspect aspect : Aspect.values()) {
                guide.examples(aspect).forEach(e -> questions.add(new Question(maybeFolded(e), guide.id())));
            }
            List<String> names = new ArrayList<>(guide.aliases());
            names.add(guide.name());
            names.forEach(n -> questions.add(new Question(asked(n), guide.id())));
        }
        for (CatalogueEntry entry : index.catalogue().entries()) {
            questions.add(new Question(asked(entry.name()), entry.id()));
            questions.add(new Question(asked(shortened(entry.name())), entry.id()));
            headOf(entry.name()).ifPresent(head -> questions.add(new Question(asked(head), entry.id())));
        }
        for (Vocabulary.CitizenName name : knowledgeBase.vocabulary().citizenNames()) {
            String id = idOf(index, name.codes().get(0));
            if (id != null) {
                questions.add(new Question(asked(name.phrase()), id));
            }
        }
        return questions;
    }

    private static String idOf(GuideIndex index, String code) {
        Optional<Guide> guide = index.knowledgeBase().guideCarrying(code);
        if (guide.isPresent()) {
            return guide.get().id();
        }
        return index.catalogue().entry(CatalogueEntry.idOf(code)).map(CatalogueEntry::id).orElse(null);
    }

    private String asked(String name) {
        String text = PROCEDURE_WORD.matcher(name.strip()).replaceFirst("");
        text = OPENINGS.get(random.nextInt(OPENINGS.size())) + lowerFirst(text) + ASKING.get(random.nextInt(ASKING.size()));
        return maybeFolded(text);
    }

    /** A long official name as a citizen remembers it: its words kept in order, some dropped. */
    private String shortened(String name) {
        String[] words = PROCEDURE_WORD.matcher(name.strip()).replaceFirst("").split("\\s+");
        if (words.length <= 4) {
            return String.join(" ", words);
        }
        StringBuilder kept = new StringBuilder();
        int keep = Math.max(3, (int) Math.round(words.length * (0.4 + 0.4 * random.nextDouble())));
        int start = random.nextInt(Math.max(1, words.length - keep + 1));
        for (int i = start; i < Math.min(words.length, start + keep); i++) {
            kept.append(kept.length() == 0 ? "" : " ").append(words[i]);
        }
        return kept.toString();
    }

    /**
     * A long official name as a citizen says it: its head, before the clause that narrows it ("cấp phép nhập khẩu
     * giống thủy sản" for "... không có tên trong Danh mục ... để nghiên cứu khoa học"). Empty when the name has no
     * such clause or the head would be too short to name anything.
     */
    private static Optional<String> headOf(String name) {
        String text = PROCEDURE_WORD.matcher(name.strip()).replaceFirst("");
        Matcher narrowing = NARROWING.matcher(text);
        if (!narrowing.find()) {
            return Optional.empty();
        }
        String head = text.substring(0, narrowing.start()).strip();
        return head.split("\\s+").length >= 3 ? Optional.of(head) : Optional.empty();
    }

    private String maybeFolded(String text) {
        return random.nextBoolean() ? VietnameseText.fold(text) : text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
