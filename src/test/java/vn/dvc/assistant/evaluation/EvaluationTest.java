package vn.dvc.assistant.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;

/**
 * Scores the assistant over its real HTTP API on the evaluation sets, beside a naive Lucene baseline, and
 * prints both tables and every wrong turn.
 */
@QuarkusTest
class EvaluationTest {

    /** The bar issue 12 sets on the shared dev set (measured 98.8 %). */
    static final double DEV_SET_BAR = 0.97;
    /**
     * The bars on the team's two sets, written apart from the guides and the engine: guard against regressions, a turn
     * or two under the scores of 2026-12-07 (docs/ranking.md): own 84.7 % (partly fitted on), holdout 89.7 %.
     */
    static final double OWN_SET_BAR = 0.83;
    static final double HOLDOUT_SET_BAR = 0.88;

    @Test
    void devSetScoresAtLeastTheBar() throws IOException {
        assertScores(EvaluationSet.load("/eval/dev.jsonl"), DEV_SET_BAR);
    }

    @Test
    void ownSetScoresAtLeastTheBar() throws IOException {
        assertScores(EvaluationSet.load("/eval/own.jsonl"), OWN_SET_BAR);
    }

    @Test
    void holdoutSetScoresAtLeastTheBar() throws IOException {
        assertScores(EvaluationSet.load("/eval/holdout.jsonl"), HOLDOUT_SET_BAR);
    }

    /** One turn over the real chat API. */
    static JsonPath say(String conversationId, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("message", message);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The reply's fields an expectation can name. */
    static Map<String, Object> scored(JsonPath reply) {
        Map<String, Object> got = new HashMap<>();
        for (String field : List.of("type", "procedureId", "aspect")) {
            got.put(field, reply.getString(field));
        }
        return got;
    }

    private void assertScores(EvaluationSet set, double bar) throws IOException {
        Scoreboard assistant = new Scoreboard("assistant on " + set.name());
        Scoreboard baseline = new Scoreboard("naive baseline (StandardAnalyzer, best hit) on " + set.name());
        NaiveBaseline naive = new NaiveBaseline(KnowledgeBaseLoader.load(Path.of("knowledge-base")));
        for (EvaluationSet.Conversation conversation : set.conversations()) {
            String conversationId = null;
            boolean allRight = true;
            boolean baselineAllRight = true;
            List<EvaluationSet.Turn> turns = conversation.turns();
            for (int i = 0; i < turns.size(); i++) {
                EvaluationSet.Turn turn = turns.get(i);
                JsonPath reply = say(conversationId, turn.user());
                conversationId = reply.getString("conversationId");
                Map<String, Object> got = scored(reply);
                boolean right = Scoreboard.matches(turn.expect(), got);
                assistant.turn(conversation.id(), i, turn, got, right);
                allRight &= right;

                Map<String, Object> naiveGot = naive.reply(turn.user());
                boolean naiveRight = Scoreboard.matches(turn.expect(), naiveGot);
                baseline.turn(conversation.id(), i, turn, naiveGot, naiveRight);
                baselineAllRight &= naiveRight;
            }
            assistant.conversation(allRight);
            baseline.conversation(baselineAllRight);
        }
        System.out.println(baseline.report(false));
        System.out.println(assistant.report(true));
        assertTrue(assistant.accuracy() >= bar, String.format("%s: %.1f%% of turns right, below the bar of %.0f%%",
                set.name(), 100 * assistant.accuracy(), 100 * bar));
    }
}
