package vn.dvc.assistant.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.NationalRecords;
import vn.dvc.assistant.dialogue.DialogueEngine;
import vn.dvc.assistant.ranking.Weights;

/**
 * Every set with the national catalogue loaded, through the dialogue engine alone: the real portal-FAQ questions
 * (../shared/eval/real-dev.jsonl, read where they are), the team's sets in citizens' words and out of scope. The bars
 * are the scores measured when the unified ranker landed (docs/ranking.md), so that a change that loses ground fails;
 * the targets of issue 12 are above them.
 */
@Tag("catalogue")
class CatalogueOfflineEvaluationTest {

    private static final OfflineEvaluation EVALUATION = new OfflineEvaluation(
            OfflineEvaluation.index(Path.of("knowledge-base"), NationalRecords.imported()));
    private static final DialogueEngine ENGINE = EVALUATION.engine(Map.of(), Weights.fitted());

    @Test
    void realPortalQuestions() {
        Path file = Path.of(System.getProperty("real.questions", "../shared/eval/real-dev.jsonl"));
        assertTrue(Files.isRegularFile(file), "the real questions are read where they are: " + file.toAbsolutePath());
        check(EvaluationSet.load(file), 0.42, 0.09);
    }

    @Test
    void citizensWordsKeptAside() {
        check(EvaluationSet.load("/eval/citizens-holdout.jsonl"), 0.35, 0.14);
    }

    /** The set the ranker was partly fitted on (src/tools/fit-ranker.sh): a regression guard, not a score. */
    @Test
    void citizensWords() {
        check(EvaluationSet.load("/eval/citizens.jsonl"), 0.54, 0.12);
    }

    @Test
    void outOfScopeIsNeverAnswered() {
        check(EvaluationSet.load("/eval/out-of-scope.jsonl"), 0.80, 0.19);
    }

    @Test
    void curatedSetsWithTheCatalogue() {
        check(EvaluationSet.load("/eval/dev.jsonl"), 0.85, 0.13);
        check(EvaluationSet.load("/eval/own.jsonl"), 0.74, 0.13);
        check(EvaluationSet.load("/eval/holdout.jsonl"), 0.76, 0.13);
        check(EvaluationSet.load("/eval/catalogue.jsonl"), 0.90, 0.07);
    }

    private static void check(EvaluationSet set, double rightBar, double wrongBar) {
        OfflineEvaluation.Score score = EVALUATION.score(set, ENGINE);
        System.out.println(score.line());
        System.out.println(score.board().report(true));
        assertTrue(score.accuracy() >= rightBar, score.line() + ": right below " + rightBar);
        assertTrue(score.wrongShare() <= wrongBar, score.line() + ": confident wrong above " + wrongBar);
    }
}
