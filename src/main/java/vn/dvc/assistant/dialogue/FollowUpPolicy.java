package vn.dvc.assistant.dialogue;

import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;

/**
 * A turn about the procedure in focus: it names no other procedure (holds most of another's name, and that one ranks
 * best and likely), in words the knowledge base knows
 * ("còn lệ phí?", "nộp ở đâu"), or in words the focus partly covers ("không có điện thoại thông minh thì sao?").
 * A turn that asks about no part, shares no word with the focus and holds words the knowledge never uses ("lịch
 * bóng đá tối nay") is about something else, however few those words are.
 */
final class FollowUpPolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        Optional<String> focus = turn.focus();
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        // A turn without topic words names no procedure, so the ranking is not asked: a whole search spared on a tenth of
        // the benchmark's turns ("còn lệ phí?"), as costly as any other (docs/benchmarks.md, 2026-12-07).
        boolean anotherNamed = !turn.understanding.topical().isEmpty() && namesAnother(turn, focus.get());
        if (anotherNamed || !isFollowUp(turn, focus.get())) {
            return Optional.empty();
        }
        return Optional.of(turn.answer(focus.get(), 1 - turn.index.unknownShare(turn.understanding)));
    }

    /**
     * The best candidate is another procedure, likely, the question holds most of its name, and the focus is no
     * longer a candidate worth the name.
     */
    private static boolean namesAnother(Turn turn, String focus) {
        Optional<Candidate> top = turn.ranking().top();
        double focusScore = turn.ranking().find(focus).map(Candidate::score).orElse(0.0);
        return top.isPresent() && !top.get().procedureId().equals(focus)
                && top.get().score() >= turn.config.answerScore()
                && focusScore < turn.config.followUpFocusShare() * top.get().score()
                && (top.get().features().nameRecall() >= turn.config.followUpSwitchRecall()
                || top.get().features().guideAnchor() >= turn.config.followUpSwitchRecall());
    }

    private static boolean isFollowUp(Turn turn, String focus) {
        DialogueConfig config = turn.config;
        boolean asksNoAspect = turn.understanding.aspectCues().isEmpty();
        double focusCoverage = turn.index.coverage(focus, turn.understanding);
        if (asksNoAspect && focusCoverage == 0 && !turn.understanding.strangers().isEmpty()) {
            return false;
        }
        double limit = asksNoAspect && focusCoverage < config.followUpFocusCoverage()
                ? config.followUpUnknownShare() : config.followUpWithAspectUnknownShare();
        return turn.index.unknownShare(turn.understanding) <= limit;
    }
}
