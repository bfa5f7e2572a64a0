package vn.dvc.assistant.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.DatedText;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Succession;
import vn.dvc.assistant.knowledge.Vocabulary.SmalltalkKind;
import vn.dvc.assistant.province.ProvinceProfile;

/**
 * Writes the assistant's words: only guide text as it holds today, the province profile's own facts, or fixed
 * sentences that claim nothing about a procedure.
 */
final class ReplyWriter {

    /** The parts a citizen most often wants next, in the order offered. */
    private static final List<Aspect> NEXT_QUESTIONS = List.of(Aspect.DOCUMENTS, Aspect.FEES, Aspect.WHERE,
            Aspect.PROCESSING_TIME, Aspect.STEPS, Aspect.FORMS, Aspect.RESULT);
    private static final int QUICK_REPLIES = 4;
    private static final int CHOICES = 5;
    /** Offered beside the one procedure asked back about; read as a "no" (smalltalk.txt). */
    static final String NOT_THIS_ONE = "Không phải";

    /** A fee the guide says the provincial People's Council sets: the province profile says what it knows of it. */
    private static final String SET_BY_PROVINCE = "Hội đồng nhân dân";
    private static final String COMMUNE_LEVEL = "cấp xã";

    private final DialogueConfig config;
    private final ProvinceProfile province;
    /** Today's date decides which of a guide's dated lines hold ({@link DatedText}). */
    private final Clock clock;

    ReplyWriter(DialogueConfig config, ProvinceProfile province, Clock clock) {
        this.config = config;
        this.province = province;
        this.clock = clock;
    }

    Reply answer(Guide guide, Aspect aspect, double confidence) {
        String section = guide.section(aspect, today());
        String text = guide.name() + " – " + aspect.label() + "\n\n" + section
                + localNote(guide, aspect, section).map(note -> "\n\n" + note).orElse("");
        return new Reply(ReplyType.ANSWER, guide.id(), aspect.key(), text, nextQuestions(aspect), guide.sources(), confidence,
                guide.version(), new DialogueState(guide.id(), aspect.key(), List.of()));
    }

    /** Vietnam's calendar day, on which a guide's dated lines and a record's fee periods hold or not. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(DatedText.ZONE));
    }

    /** An answer from the national catalogue's record, which has no guide version. */
    Reply answer(CatalogueEntry entry, Aspect aspect, double confidence, List<Succession> successions) {
        String text = entry.name() + " – " + aspect.label() + "\n\n" + CatalogueText.section(entry, aspect, today(), successions);
        return new Reply(ReplyType.ANSWER, entry.id(), aspect.key(), text, nextQuestions(aspect),
                List.of(CatalogueText.source(entry)), confidence, null, new DialogueState(entry.id(), aspect.key(), List.of()));
    }

    /** The province's own offices under a "where" answer, and what it knows of a fee its People's Council sets. */
    private Optional<String> localNote(Guide guide, Aspect aspect, String section) {
        return switch (aspect) {
            case WHERE -> province.whereNote(guide.level().toLowerCase(java.util.Locale.ROOT).contains(COMMUNE_LEVEL));
            case FEES -> section.contains(SET_BY_PROVINCE) ? province.feeNote() : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static List<String> nextQuestions(Aspect answered) {
        List<String> next = new ArrayList<>();
        for (Aspect candidate : NEXT_QUESTIONS) {
            if (candidate != answered && next.size() < QUICK_REPLIES) {
                next.add(candidate.question());
            }
        }
        return next;
    }

    /**
     * Which of the procedures is meant; with one alone, whether it is the one meant, and "Không phải" offered beside it.
     *
     * @param nameOf the name of a procedure, guide or catalogue entry, by id
     */
    Reply clarify(Function<String, String> nameOf, List<String> procedureIds, DialogueState state, double confidence) {
        List<String> ids = procedureIds.stream().limit(CHOICES).toList();
        List<String> names = ids.stream().map(nameOf).toList();
        StringBuilder text = new StringBuilder(ids.size() == 1 ? "Anh/chị hỏi về thủ tục này phải không?" : "Anh/chị muốn hỏi về thủ tục nào?");
        for (int i = 0; i < names.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(names.get(i));
        }
        List<String> quickReplies = ids.size() == 1 ? List.of(names.get(0), NOT_THIS_ONE) : names;
        return new Reply(ReplyType.CLARIFY, null, null, text.toString(), quickReplies, List.of(), confidence, null,
                new DialogueState(state.focusProcedureId(), state.focusAspect(), ids));
    }

    /** The citizen said none of the procedures offered is the one meant: say so, ask for more, and where to get help. */
    Reply noneOffered(KnowledgeBase knowledgeBase, DialogueState state) {
        String text = "Vâng, vậy tôi chưa tìm đúng thủ tục anh/chị cần. Anh/chị nhắn lại giúp tôi việc cần làm, cho ai và ở đâu "
                + "để tôi tìm lại.\n" + province.help();
        return new Reply(ReplyType.FALLBACK, null, null, text, topics(knowledgeBase), List.of(), 0, null,
                new DialogueState(state.focusProcedureId(), state.focusAspect(), List.of()));
    }

    Reply fallback(KnowledgeBase knowledgeBase, DialogueState state) {
        String text = "Xin lỗi, câu hỏi này nằm ngoài những thủ tục tôi được hướng dẫn, nên tôi không trả lời để tránh sai sót.\n"
                + province.help();
        return new Reply(ReplyType.FALLBACK, null, null, text, topics(knowledgeBase), List.of(), 0, null,
                new DialogueState(state.focusProcedureId(), state.focusAspect(), List.of()));
    }

    Reply smalltalk(KnowledgeBase knowledgeBase, SmalltalkKind kind, DialogueState state) {
        String text = switch (kind) {
            case GREETING -> "Xin chào! Tôi là " + province.selfDescription()
                    + ". Anh/chị cần hỏi về thủ tục nào: hồ sơ, lệ phí, thời gian hay nơi nộp?";
            case THANKS -> "Rất vui được giúp anh/chị. Anh/chị cần hỏi thêm gì cứ nhắn cho tôi nhé.";
            case IDENTITY -> "Tôi là " + province.selfDescription()
                    + ". Tôi trả lời dựa trên hướng dẫn chính thức, kèm nguồn để anh/chị đối chiếu.";
            case GOODBYE -> "Chúc anh/chị làm thủ tục thuận lợi. Khi cần, anh/chị cứ quay lại hỏi tôi nhé.";
            case YES, NO -> "Vâng. Anh/chị cần hỏi về thủ tục nào, cứ nhắn cho tôi nhé.";
        };
        return new Reply(ReplyType.SMALLTALK, null, null, text, topics(knowledgeBase), List.of(), 1, null, state);
    }

    /** The procedures offered when the citizen has not named one yet. */
    private List<String> topics(KnowledgeBase knowledgeBase) {
        List<String> featured = config.featured().stream().flatMap(id -> knowledgeBase.guide(id).stream()).map(Guide::name).toList();
        return featured.isEmpty() ? knowledgeBase.guides().stream().map(Guide::name).limit(QUICK_REPLIES).toList() : featured;
    }
}
