package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.ranking.Ranker;
import vn.dvc.assistant.ranking.Ranking;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/**
 * What the policies of one turn share: the question understood once, the ranking computed at most once, the
 * conversation's state, and the words to reply with. One index snapshot throughout, even if a reload happens.
 */
final class Turn {

    private static final int VARIANTS_OFFERED = 2;
    private static final int QUICK_REPLIES = 4;
    /** A variant is offered by its name, which a chip shows and the turn stores: the portal's longest run to a page. */
    private static final int OFFERED_NAME_LENGTH = 160;

    final GuideIndex index;
    final KnowledgeBase knowledgeBase;
    final DialogueState state;
    final Understanding understanding;
    final DialogueConfig config;
    private final Ranker ranker;
    private final AspectChooser aspects;
    private final ReplyWriter writer;
    private Ranking ranking;
    private Optional<Ranking> askingClauseRanking;

    Turn(GuideIndex index, Ranker ranker, DialogueState state, String message, DialogueConfig config, AspectChooser aspects,
         ReplyWriter writer) {
        this.index = index;
        this.knowledgeBase = index.knowledgeBase();
        this.ranker = ranker;
        this.state = state;
        this.understanding = index.read(message);
        this.config = config;
        this.aspects = aspects;
        this.writer = writer;
    }

    /** Every procedure ranked for this question, computed once however many policies ask. */
    Ranking ranking() {
        if (ranking == null) {
            ranking = ranker.rank(understanding, List.of());
        }
        return ranking;
    }

    /**
     * The clause that asks, ranked alone: the message's last clause, when it holds more than one (a story told before
     * the question) and the last has a topic. Empty otherwise.
     */
    Optional<Ranking> askingClauseRanking() {
        if (askingClauseRanking == null) {
            askingClauseRanking = AskingClause.of(understanding.question(), index::read, clause -> !clause.topical().isEmpty())
                    .map(clause -> ranker.rank(clause, List.of()));
        }
        return askingClauseRanking;
    }

    /** The ranking among some procedures only (the choices of a clarifying question). */
    Ranking rankingWithin(List<String> procedureIds) {
        return ranker.rank(understanding, procedureIds);
    }

    /**
     * The procedure the conversation is about, if it still exists after a reload: the only one a question back offered
     * (a citizen who goes on asking about it takes it as meant), else the one answered last.
     */
    Optional<String> focus() {
        String id = state.pendingChoices().size() == 1 ? state.pendingChoices().get(0) : state.focusProcedureId();
        return nameOf(id).map(name -> id);
    }

    Optional<String> nameOf(String procedureId) {
        return knowledgeBase.guide(procedureId).map(Guide::name)
                .or(() -> index.catalogue().entry(procedureId).map(CatalogueEntry::name));
    }

    Reply answer(String procedureId, double confidence) {
        Aspect aspect = aspects.choose(index, understanding, procedureId)
                .or(this::aspectAskedBeforeChoice)
                .orElse(Aspect.OVERVIEW);
        return knowledgeBase.guide(procedureId)
                .map(guide -> writer.answer(guide, aspect, confidence))
                .orElseGet(() -> writer.answer(index.catalogue().entry(procedureId).orElseThrow(), aspect, confidence,
                        knowledgeBase.successions()));
    }

    /** The best candidate answered, with its variants (another level, a foreign element) offered first as quick replies. */
    Reply answer(vn.dvc.assistant.ranking.Candidate candidate) {
        Reply reply = answer(candidate.procedureId(), candidate.score());
        if (candidate.variants().isEmpty()) {
            return reply;
        }
        List<String> offered = new java.util.ArrayList<>();
        candidate.variants().stream().flatMap(id -> nameOf(id).stream()).filter(name -> name.length() <= OFFERED_NAME_LENGTH)
                .limit(VARIANTS_OFFERED).forEach(offered::add);
        reply.quickReplies().stream().limit(Math.max(0, QUICK_REPLIES - offered.size())).forEach(offered::add);
        return new Reply(reply.type(), reply.procedureId(), reply.aspect(), reply.text(), List.copyOf(offered), reply.sources(),
                reply.confidence(), reply.guideVersion(), reply.next());
    }

    /** "Lệ phí bao nhiêu?" asked before the procedure was chosen still asks for the fee. */
    private Optional<Aspect> aspectAskedBeforeChoice() {
        return state.pendingChoices().isEmpty() ? Optional.empty() : Optional.ofNullable(state.focusAspect()).flatMap(Aspect::fromKey);
    }

    Reply clarify(List<String> procedureIds, double confidence) {
        List<String> known = procedureIds.stream().filter(id -> nameOf(id).isPresent()).distinct().toList();
        if (known.isEmpty()) {
            return fallback();
        }
        String askedAspect = understanding.cueWeights().entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey().key()).orElse(null);
        String kept = focus().orElse(null);
        return writer.clarify(id -> nameOf(id).orElse(id), known, new DialogueState(kept, askedAspect, List.of()), confidence);
    }

    Reply fallback() {
        return writer.fallback(knowledgeBase, state);
    }

    Reply noneOffered() {
        return writer.noneOffered(knowledgeBase, state);
    }

    Reply smalltalk() {
        return writer.smalltalk(knowledgeBase, understanding.smalltalk().iterator().next(),
                new DialogueState(state.focusProcedureId(), state.focusAspect(), List.of()));
    }
}
