package vn.dvc.assistant.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.dialogue.DialogueEngine;
import vn.dvc.assistant.ranking.Weights;

/**
 * The curated evaluation sets through the dialogue engine alone, in a plain unit test: the index built from the
 * knowledge-base files, the service's default thresholds, no Quarkus, HTTP or database. The same bars as the HTTP
 * evaluation (EvaluationTest), which checks that the service around the engine changes nothing.
 */
class OfflineEvaluationTest {

    private static final OfflineEvaluation EVALUATION = new OfflineEvaluation(OfflineEvaluation.index(Path.of("knowledge-base"), null));
    private static final DialogueEngine ENGINE = EVALUATION.engine(Map.of(), Weights.fitted());

    @Test
    void devSet() {
        assertAtLeast("/eval/dev.jsonl", EvaluationTest.DEV_SET_BAR);
    }

    @Test
    void ownSet() {
        assertAtLeast("/eval/own.jsonl", EvaluationTest.OWN_SET_BAR);
    }

    @Test
    void holdoutSet() {
        assertAtLeast("/eval/holdout.jsonl", EvaluationTest.HOLDOUT_SET_BAR);
    }

    private static void assertAtLeast(String set, double bar) {
        OfflineEvaluation.Score score = EVALUATION.score(EvaluationSet.load(set), ENGINE);
        System.out.println(score.line());
        System.out.println(score.board().report(true));
        assertTrue(score.accuracy() >= bar, score.line() + " is below the bar of " + bar);
    }
}
