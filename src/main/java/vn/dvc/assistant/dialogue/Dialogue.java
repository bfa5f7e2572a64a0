package vn.dvc.assistant.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.privacy.PersonalDataMask;
import vn.dvc.assistant.search.CatalogueIndex;
import vn.dvc.assistant.search.CatalogueMatch;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;
import vn.dvc.assistant.search.ProcedureMatch;
import vn.dvc.assistant.search.Reading;

/**
 * Decides what one turn is: smalltalk, an answer from one guide section, a clarifying question, or an honest
 * fallback; and reads a turn in the context the conversation carries.
 */
@ApplicationScoped
public class Dialogue {

    private static final Logger LOG = Logger.getLogger(Dialogue.class);
    private static final int CANDIDATES = 5;

    private final LiveIndex liveIndex;
    private final DialogueConfig config;
    private final AspectChooser aspects;
    private final ReplyWriter writer;
    private final CatalogueIndex.Acceptance catalogueAcceptance;

    Dialogue(LiveIndex liveIndex, DialogueConfig config) {
        this.liveIndex = liveIndex;
        this.config = config;
        this.catalogueAcceptance = new CatalogueIndex.Acceptance(config.catalogueNamePrecision(), config.catalogueNameWeight(),
                config.catalogueNameFit());
        this.aspects = new AspectChooser(config.exampleWeight());
        this.writer = new ReplyWriter(config);
    }

    public Reply respond(DialogueState state, String message) {
        Turn turn = new Turn(liveIndex.current(), state, message);
        return turn.choiceMade()
                .or(turn::smalltalk)
                .orElseGet(turn::aboutProcedures);
    }

    /**
     * The question masked and how it was read, for the debug log. The reading lists the question's words, an
     * email's name among them, so it is left out when the question holds personal data.
     */
    private static String loggable(Reading reading) {
        String masked = PersonalDataMask.mask(reading.question());
        return masked.equals(reading.question()) ? masked + " | " + reading.summary()
                : masked + " | (reading not logged: the question holds personal data)";
    }

    /** One turn's work, on one index snapshot even if a reload happens meanwhile. */
    private final class Turn {
        private final GuideIndex index;
        private final KnowledgeBase knowledgeBase;
        private final DialogueState state;
        private final CatalogueIndex catalogue;
        private final Reading reading;
        private final String focus;
        private final String catalogueFocus;
        private List<CatalogueMatch> catalogueMatches;

        Turn(GuideIndex index, DialogueState state, String message) {
            this.index = index;
            this.knowledgeBase = index.knowledgeBase();
            this.catalogue = index.catalogue();
            this.state = state;
            this.reading = index.read(message);
            this.focus = knowledgeBase.guide(state.focusProcedureId()).map(Guide::id).orElse(null);
            this.catalogueFocus = catalogue.entry(state.focusProcedureId()).map(CatalogueEntry::id).orElse(null);
        }

        /** The citizen answers a clarifying question: by its number, or by words that fit one choice. */
        Optional<Reply> choiceMade() {
            List<String> choices = state.pendingChoices();
            if (choices.isEmpty()) {
                return Optional.empty();
            }
            String text = reading.question().strip();
            if (text.matches("\\d{1,2}")) {
                int n = Integer.parseInt(text);
                return n >= 1 && n <= choices.size() ? Optional.of(answer(choices.get(n - 1), 1)) : Optional.empty();
            }
            List<ProcedureMatch> matches = index.procedures(reading, CANDIDATES, choices);
            if (matches.isEmpty() || matches.get(0).coverage() == 0) {
                return catalogueChoice(choices);
            }
            ProcedureMatch best = matches.get(0);
            boolean clearlyBest = matches.size() == 1 || matches.get(1).relevance() < config.clarifyRatio() * best.relevance();
            return clearlyBest ? Optional.of(answer(best.procedureId(), best.coverage())) : Optional.empty();
        }

        /** A catalogue procedure among the choices, named clearly better than the others. */
        private Optional<Reply> catalogueChoice(List<String> choices) {
            List<CatalogueMatch> matches = catalogue.match(reading, catalogueAcceptance, choices);
            if (matches.isEmpty() || (matches.size() > 1 && matches.get(1).fit() >= config.catalogueClarifyRatio() * matches.get(0).fit())) {
                return Optional.empty();
            }
            return Optional.of(answer(matches.get(0).procedureId(), matches.get(0).precision()));
        }

        Optional<Reply> smalltalk() {
            if (reading.smalltalk().isEmpty() || !reading.topical().isEmpty() || !reading.aspectCues().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(writer.smalltalk(knowledgeBase, reading.smalltalk().iterator().next(), withoutChoices()));
        }

        Reply aboutProcedures() {
            List<ProcedureMatch> matches = index.procedures(reading, CANDIDATES, List.of());
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s | unknown %.2f | %s", loggable(reading), index.unknownShare(reading),
                        matches.stream().limit(3).map(m -> String.format("%s r=%.2f c=%.2f a=%.2f",
                                m.procedureId(), m.relevance(), m.coverage(), m.anchor())).toList());
            }
            Optional<Reply> explained = catalogueNamingStrangers();
            if (explained.isPresent()) {
                return explained.get();
            }
            ProcedureMatch top = matches.isEmpty() ? null : matches.get(0);
            boolean anotherNamed = top != null && !top.procedureId().equals(focus) && isNamed(top) && !reading.topical().isEmpty();
            if (focus != null && !anotherNamed && isFollowUp(focus)) {
                return answer(focus, 1 - index.unknownShare(reading));
            }
            if (catalogueFocus != null && !anotherNamed) {
                Optional<Reply> other = fromCatalogue().filter(r -> !catalogueFocus.equals(r.procedureId()));
                if (other.isPresent()) {
                    return other.get();
                }
                if (isFollowUp(catalogueFocus)) {
                    return answer(catalogueFocus, 1 - index.unknownShare(reading));
                }
            }
            if (top != null && isConfident(top)) {
                List<String> rivals = rivals(matches, top);
                if (focus != null && rivals.contains(focus)) {
                    return answer(focus, top.coverage());
                }
                return rivals.size() > 1 ? clarify(withOtherCandidates(rivals, matches), top.coverage())
                        : answer(rivals.get(0), top.coverage());
            }
            if (!reading.smalltalk().isEmpty()) {
                return writer.smalltalk(knowledgeBase, reading.smalltalk().iterator().next(), withoutChoices());
            }
            Optional<Reply> fromCatalogue = fromCatalogue();
            if (fromCatalogue.isPresent()) {
                return fromCatalogue.get();
            }
            if (top != null && top.coverage() >= config.clarifyCoverage() && index.unknownShare(reading) == 0) {
                return clarify(matches.stream().filter(m -> m.coverage() >= config.clarifyCoverage())
                        .map(ProcedureMatch::procedureId).toList(), top.coverage());
            }
            if (reading.topical().isEmpty()) {
                return clarify(config.featured(), 0);
            }
            return writer.fallback(knowledgeBase, state);
        }

        /**
         * Words from outside the guides that a catalogue procedure's name holds, with the rest of the question:
         * the question is about that procedure, whatever guide the other words recall ("cấp lại giấy phép lái xe"
         * is not the household business certificate).
         */
        private Optional<Reply> catalogueNamingStrangers() {
            if (reading.strangers().isEmpty()) {
                return Optional.empty();
            }
            return fromCatalogue(catalogueMatches().stream()
                    .filter(m -> catalogue.namesAll(m.procedureId(), reading.strangers())).toList());
        }

        private Optional<Reply> fromCatalogue() {
            return fromCatalogue(catalogueMatches());
        }

        /** The catalogue names the question holds, matched once per turn however many times the decision asks. */
        private List<CatalogueMatch> catalogueMatches() {
            if (catalogueMatches == null) {
                catalogueMatches = catalogue.match(reading, catalogueAcceptance, List.of());
                if (LOG.isDebugEnabled() && !catalogueMatches.isEmpty()) {
                    LOG.debugf("catalogue: %s", catalogueMatches.stream().limit(3).map(m -> String.format("%s f=%.2f p=%.2f",
                            m.procedureId(), m.fit(), m.precision())).toList());
                }
            }
            return catalogueMatches;
        }

        /**
         * The second tier, asked only where the guides cannot answer: the catalogue procedure the question names,
         * or a question back when several names fit about as well.
         */
        private Optional<Reply> fromCatalogue(List<CatalogueMatch> matches) {
            if (matches.isEmpty()) {
                return Optional.empty();
            }
            CatalogueMatch top = matches.get(0);
            List<String> rivals = matches.stream().filter(m -> m.fit() >= config.catalogueClarifyRatio() * top.fit())
                    .map(CatalogueMatch::procedureId).toList();
            return Optional.of(rivals.size() > 1 ? clarify(rivals, top.precision()) : answer(top.procedureId(), top.precision()));
        }

        /**
         * The candidates as good as the best: close in relevance and, when one is named, named about as
         * completely as the best named one.
         */
        private List<String> rivals(List<ProcedureMatch> matches, ProcedureMatch top) {
            List<ProcedureMatch> close = matches.stream()
                    .filter(m -> isConfident(m) && m.relevance() >= config.clarifyRatio() * top.relevance()).toList();
            double bestAnchor = close.stream().mapToDouble(ProcedureMatch::anchor).max().orElse(0);
            return close.stream()
                    .filter(m -> bestAnchor < config.nameThreshold() || m.anchor() >= bestAnchor - config.anchorMargin())
                    .map(ProcedureMatch::procedureId).toList();
        }

        /** The rivals first, then the other procedures the question could be about, as more choices. */
        private List<String> withOtherCandidates(List<String> rivals, List<ProcedureMatch> matches) {
            List<String> choices = new ArrayList<>(rivals);
            matches.stream().filter(this::isConfident).map(ProcedureMatch::procedureId)
                    .filter(id -> !choices.contains(id)).forEach(choices::add);
            return choices;
        }

        /**
         * The question is about this procedure: it names it, or, holding no word from outside the knowledge
         * base, its words are this procedure's.
         */
        private boolean isConfident(ProcedureMatch match) {
            return isNamed(match) || (match.coverage() >= config.answerCoverage() && reading.strangers().isEmpty());
        }

        private boolean isNamed(ProcedureMatch match) {
            return match.anchor() >= config.nameThreshold();
        }

        /**
         * A turn naming no other procedure, in words the knowledge base knows ("còn lệ phí?", "nộp ở đâu"),
         * or in words the procedure in focus partly covers ("không có điện thoại thông minh thì sao?").
         */
        private boolean isFollowUp(String focusId) {
            double limit = reading.aspectCues().isEmpty() && index.coverage(focusId, reading) < config.followUpFocusCoverage()
                    ? config.followUpUnknownShare() : config.followUpWithAspectUnknownShare();
            return index.unknownShare(reading) <= limit;
        }

        private Reply answer(String procedureId, double confidence) {
            Aspect aspect = aspects.choose(index, reading, procedureId)
                    .or(this::aspectAskedBeforeChoice)
                    .orElse(Aspect.OVERVIEW);
            return knowledgeBase.guide(procedureId)
                    .map(guide -> writer.answer(guide, aspect, confidence))
                    .orElseGet(() -> writer.answer(catalogue.entry(procedureId).orElseThrow(), aspect, confidence));
        }

        /** "Lệ phí bao nhiêu?" asked before the procedure was chosen still asks for the fee. */
        private Optional<Aspect> aspectAskedBeforeChoice() {
            return state.pendingChoices().isEmpty() ? Optional.empty() : Optional.ofNullable(state.focusAspect()).flatMap(Aspect::fromKey);
        }

        private Reply clarify(List<String> procedureIds, double confidence) {
            List<String> known = procedureIds.stream().filter(id -> nameOf(id).isPresent()).toList();
            if (known.isEmpty()) {
                return writer.fallback(knowledgeBase, state);
            }
            String askedAspect = reading.cueWeights().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(e -> e.getKey().key()).orElse(null);
            String kept = focus != null ? focus : catalogueFocus;
            return writer.clarify(id -> nameOf(id).orElse(id), known, new DialogueState(kept, askedAspect, List.of()), confidence);
        }

        private Optional<String> nameOf(String procedureId) {
            return knowledgeBase.guide(procedureId).map(Guide::name)
                    .or(() -> catalogue.entry(procedureId).map(CatalogueEntry::name));
        }

        private DialogueState withoutChoices() {
            return new DialogueState(state.focusProcedureId(), state.focusAspect(), List.of());
        }
    }
}
