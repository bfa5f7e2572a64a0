package vn.dvc.assistant.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;
import vn.dvc.assistant.search.VietnameseText;

/**
 * What staff do with a group of questions to improve: assign it to the procedure (and aspect) it should have got,
 * which teaches the next index that question; or set it aside as out of scope or resolved.
 */
@ApplicationScoped
public class QuestionTriage {

    /** Where a group of questions stands; {@code OPEN} has no decision stored. */
    public enum Status {
        OPEN, ASSIGNED, OUT_OF_SCOPE, RESOLVED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromKey(String key) {
            for (Status status : values()) {
                if (status.key().equals(key)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    /** Where an assigned question went: the file changed and its new revision. */
    public record Assignment(String question, String procedureId, String aspect, String path, int revision) {
    }

    /** The procedure named is neither a guide nor an entry of the national catalogue. */
    public static class UnknownProcedure extends RuntimeException {
        UnknownProcedure(String id) {
            super("there is no guide or national-catalogue procedure '" + id + "'", null, false, false);
        }
    }

    private final LiveIndex liveIndex;
    private final KnowledgeEditor editor;

    QuestionTriage(LiveIndex liveIndex, KnowledgeEditor editor) {
        this.liveIndex = liveIndex;
        this.editor = editor;
    }

    /**
     * For a guide, the question becomes a phrasing of it (no aspect) or an example question of the aspect's section;
     * for a national-catalogue procedure, a line of {@value KnowledgePaths#STAFF_ASSIGNED}. In service on return.
     */
    public Assignment assign(String question, String procedureId, Optional<Aspect> aspect, String actor) {
        String line = GuideText.line(question);
        GuideIndex index = liveIndex.current();
        Optional<Guide> guide = index.knowledgeBase().guide(procedureId);
        String reason = "assigned question '" + line + "' to " + procedureId + aspect.map(a -> " / " + a.key()).orElse("");
        StoredFile saved;
        String assignedTo = procedureId;
        if (guide.isPresent()) {
            String path = guide.get().file();
            saved = editor.change(path, text -> aspect.map(a -> GuideText.withExample(text.orElseThrow(), a, line))
                    .orElseGet(() -> GuideText.withPhrasing(text.orElseThrow(), line)), actor, reason);
        } else {
            CatalogueEntry entry = index.catalogue().entry(procedureId)
                    .or(() -> index.catalogue().entry(CatalogueEntry.idOf(procedureId)))
                    .orElseThrow(() -> new UnknownProcedure(procedureId));
            saved = editor.change(KnowledgePaths.STAFF_ASSIGNED,
                    text -> GuideText.withCitizenName(text.orElse(""), line, entry.code()), actor, reason);
            assignedTo = entry.id();
        }
        decide(line, Status.ASSIGNED, assignedTo, aspect.map(Aspect::key).orElse(null), actor);
        return new Assignment(line, assignedTo, aspect.map(Aspect::key).orElse(null), saved.path(), saved.revision());
    }

    /** Records the group's status; {@code OPEN} takes a decision back. */
    @Transactional
    public void decide(String question, Status status, String procedureId, String aspect, String actor) {
        String folded = VietnameseText.foldedWords(question);
        String id = sha256(folded);
        QuestionDecision decision = QuestionDecision.findById(id);
        if (status == Status.OPEN) {
            if (decision != null) {
                decision.delete();
            }
            return;
        }
        if (decision == null) {
            decision = new QuestionDecision();
            decision.id = id;
            decision.foldedQuestion = folded.length() <= 4000 ? folded : folded.substring(0, 4000);
        }
        decision.status = status.key();
        decision.procedureId = procedureId;
        decision.aspect = aspect;
        decision.decidedBy = actor;
        decision.decidedAt = Instant.now();
        if (!decision.isPersistent()) {
            decision.persist();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
