package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The admin API over real chat turns and feedback, sent through the public API as citizens do. */
@QuarkusTest
@TestProfile(AdminProfile.class)
class AdminApiTest {

    private static final String ANSWERED = "chấm dứt hộ kinh doanh cần giấy tờ gì";
    private static final String ANSWERED_KEY = "cham dut ho kinh doanh can giay to gi";
    private static final List<String> READ_PATHS = List.of("/stats", "/top/procedures", "/top/aspects", "/questions",
            "/conversations", "/export/conversations.csv", "/export/questions.csv");

    /** A word no other test asks, so that this test's questions are groups of their own. */
    private final String tag = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");

    @Test
    void everyAdminReadWantsTheToken() {
        for (String path : READ_PATHS) {
            given().when().get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(401).contentType(ContentType.JSON).body("error", equalTo("unauthorized"));
            given().header("Authorization", "Bearer not-" + AdminProfile.TOKEN).when().get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(401);
        }
    }

    @Test
    void thePageIsServedUnderAStrictContentSecurityPolicy() {
        for (String path : List.of("/admin/", "/admin/admin.js", "/admin/admin.css")) {
            given().when().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("Cache-Control", "no-store");
        }
        given().when().get("/admin/").then().body(containsString("<script src=\"admin.js\" defer></script>"))
                .body(not(containsString("<script>"))).body(not(containsString("style=")));
    }

    @Test
    void aBadPeriodGetsA400JsonError() {
        for (String path : READ_PATHS) {
            admin().queryParam("from", "2026-13-01").get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_date"));
            admin().queryParam("to", "yesterday").get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(400).body("error", equalTo("invalid_date"));
            // Issue 15: a year the database cannot store got 503 on PostgreSQL.
            admin().queryParam("from", "-999999999-01-01").get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(400).body("error", equalTo("invalid_date"));
            admin().queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(400).body("error", equalTo("invalid_period"));
        }
        admin().queryParam("sort", "alphabet").get(AdminGuard.ADMIN_PATH + "/questions").then().statusCode(400).body("error", equalTo("invalid_sort"));
        admin().queryParam("size", "1000").get(AdminGuard.ADMIN_PATH + "/questions").then().statusCode(400).body("error", equalTo("invalid_size"));
        admin().queryParam("page", "-1").get(AdminGuard.ADMIN_PATH + "/conversations").then().statusCode(400).body("error", equalTo("invalid_page"));
        admin().queryParam("type", "answers").get(AdminGuard.ADMIN_PATH + "/conversations").then().statusCode(400).body("error", equalTo("invalid_type"));
        admin().queryParam("limit", "x").get(AdminGuard.ADMIN_PATH + "/top/aspects").then().statusCode(400).body("error", equalTo("invalid_limit"));
        admin().get(AdminGuard.ADMIN_PATH + "/conversations/3f2b8c1e-0000-4000-8000-000000000000")
                .then().statusCode(404).body("error", equalTo("unknown_conversation"));
    }

    @Test
    void oneQuestionTypedWithAndWithoutDiacriticsIsOneGroup() {
        String key = "toi muon lam ho chieu " + tag;
        ask("Tôi muốn làm hộ chiếu " + tag, "fallback");
        ask("toi muon lam ho chieu " + tag, "fallback");
        ask("TÔI  MUỐN làm Hộ Chiếu, " + tag.toUpperCase() + "???", "fallback");

        JsonPath group = group(key);
        assertEquals(3, group.getInt("count"));
        assertEquals(3, group.getInt("fallbacks"));
        assertEquals(0, group.getInt("thumbsDown"));
        assertEquals(List.of("fallback"), group.getList("reasons"));
        assertTrue(List.of("Tôi muốn làm hộ chiếu " + tag, "toi muon lam ho chieu " + tag,
                "TÔI  MUỐN làm Hộ Chiếu, " + tag.toUpperCase() + "???").contains(group.getString("example")));

        admin().queryParam("question", "Tôi muốn làm hộ chiếu " + tag).get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.firstMessage", hasItem("TÔI  MUỐN làm Hộ Chiếu, " + tag.toUpperCase() + "???"));
    }

    @Test
    void clarificationsAndThumbsDownAreQuestionsToImproveAndThumbsUpIsNot() {
        long clarifiedBefore = counted("ho kinh doanh", "clarifications");
        long downBefore = counted(ANSWERED_KEY, "thumbsDown");
        String clarified = ask("Hộ kinh doanh?", "clarify");
        rate(ask(ANSWERED, "answer"), false, null);
        String praised = "chấm dứt hộ kinh doanh mất bao lâu " + tag;
        rate(ask(praised, "answer"), true, null);

        assertEquals(clarifiedBefore + 1, counted("ho kinh doanh", "clarifications"));
        assertEquals(List.of("clarify"), group("ho kinh doanh").getList("reasons"));
        assertEquals(downBefore + 1, counted(ANSWERED_KEY, "thumbsDown"));
        assertTrue(group(ANSWERED_KEY).getList("reasons").contains("thumbs_down"));
        admin().queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/questions")
                .then().statusCode(200).body("items.key", not(hasItem("cham dut ho kinh doanh mat bao lau " + tag)));
        admin().queryParam("question", "hộ kinh doanh").queryParam("size", 1).get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().body("items.id", contains(clarified));
    }

    @Test
    void questionsComeNewestFirstOrMostAskedFirst() {
        ask("cấp hộ chiếu " + tag, "fallback");
        ask("cap ho chieu " + tag, "fallback");
        ask("đổi bằng lái xe " + tag, "fallback");
        String often = "cap ho chieu " + tag;
        String recent = "doi bang lai xe " + tag;

        List<String> newest = keys("newest");
        assertTrue(newest.indexOf(recent) < newest.indexOf(often), newest.toString());
        List<String> mostAsked = keys("count");
        assertTrue(mostAsked.indexOf(often) < mostAsked.indexOf(recent), mostAsked.toString());
        List<Integer> counts = admin().queryParam("sort", "count").queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/questions")
                .then().statusCode(200).extract().path("items.count");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
    }

    @Test
    void answerRateAndFeedbackCountTheTurnsOfThePeriod() {
        JsonPath before = stats();
        String answered = ask(ANSWERED, "answer");
        String second = ask("lệ phí chấm dứt hộ kinh doanh bao nhiêu", "answer");
        ask("xin chào", "smalltalk");
        ask("cách làm hộ chiếu " + tag, "fallback");
        rate(answered, true, null);
        rate(second, false, "thiếu thông tin");

        JsonPath after = stats();
        assertEquals(before.getLong("replies.turns") + 4, after.getLong("replies.turns"));
        assertEquals(before.getLong("replies.questions") + 3, after.getLong("replies.questions"));
        assertEquals(before.getLong("replies.byType.answer") + 2, after.getLong("replies.byType.answer"));
        assertEquals(before.getLong("replies.byType.fallback") + 1, after.getLong("replies.byType.fallback"));
        assertEquals(before.getLong("replies.byType.smalltalk") + 1, after.getLong("replies.byType.smalltalk"));
        assertEquals(after.getDouble("replies.byType.answer") / after.getDouble("replies.questions"),
                after.getDouble("replies.answerRate"), 1e-6);
        long up = after.getLong("feedback.up");
        long down = after.getLong("feedback.down");
        assertEquals(before.getLong("feedback.up") + 1, up);
        assertEquals(before.getLong("feedback.down") + 1, down);
        assertEquals(up / (double) (up + down), after.getDouble("feedback.upRatio"), 1e-6);

        admin().queryParam("from", "2020-01-01").queryParam("to", "2020-01-31").get(AdminGuard.ADMIN_PATH + "/stats")
                .then().statusCode(200)
                .body("period.from", equalTo("2020-01-01")).body("period.to", equalTo("2020-01-31"))
                .body("replies.turns", equalTo(0)).body("replies.answerRate", nullValue())
                .body("feedback.up", equalTo(0)).body("feedback.upRatio", nullValue());
    }

    @Test
    void theDefaultPeriodIsTheLastThirtyDaysInVietnam() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        admin().get(AdminGuard.ADMIN_PATH + "/stats").then().statusCode(200)
                .body("period.to", equalTo(today.toString()))
                .body("period.from", equalTo(today.minusDays(29).toString()));
    }

    @Test
    void topProceduresAndAspectsCountAnswers() {
        int closingBefore = answers("/top/procedures", "procedureId", "hkd-cham-dut-hoat-dong");
        int feesBefore = answers("/top/aspects", "aspect", "fees");
        ask("lệ phí chấm dứt hộ kinh doanh bao nhiêu", "answer");
        ask(ANSWERED, "answer");
        ask("đổi bằng lái xe " + tag, "fallback");

        assertEquals(closingBefore + 2, answers("/top/procedures", "procedureId", "hkd-cham-dut-hoat-dong"));
        assertEquals(feesBefore + 1, answers("/top/aspects", "aspect", "fees"));
        JsonPath top = admin().get(AdminGuard.ADMIN_PATH + "/top/procedures").then().statusCode(200).extract().jsonPath();
        assertEquals("Chấm dứt hoạt động hộ kinh doanh",
                top.getString("find { it.procedureId == 'hkd-cham-dut-hoat-dong' }.name"));
        List<Integer> counts = top.getList("answers");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
        admin().queryParam("limit", 1).get(AdminGuard.ADMIN_PATH + "/top/aspects").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void conversationsComeNewestFirstWithTheirTurnsAndFeedback() {
        String first = ask(ANSWERED, "answer");
        chat(first, "còn lệ phí thì sao?");
        rate(first, false, "Gọi tôi: 0912 345 678");
        String second = ask("đổi bằng lái xe " + tag, "fallback");

        admin().queryParam("size", 2).get(AdminGuard.ADMIN_PATH + "/conversations").then().statusCode(200)
                .body("items.id", contains(second, first)).body("size", equalTo(2));
        admin().queryParam("type", "fallback").queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().body("items.id", hasItem(second)).body("items.id", not(hasItem(first)));
        admin().queryParam("channel", "messenger").queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().body("items.id", not(hasItem(first)));

        admin().get(AdminGuard.ADMIN_PATH + "/conversations/" + first).then().statusCode(200)
                .body("channel", equalTo("web"))
                .body("turns.turn", contains(1, 2))
                .body("turns.message", contains(ANSWERED, "còn lệ phí thì sao?"))
                .body("turns.aspect", contains("documents", "fees"))
                .body("turns[0].feedback.useful", equalTo(false))
                .body("turns[0].feedback.comment", equalTo("Gọi tôi: [số điện thoại]"))
                .body("turns[1].feedback", nullValue())
                .body("turns[0].answeredFrom.kind", equalTo("guide"))
                .body("turns[0].answeredFrom.path", equalTo("procedures/hkd-cham-dut-hoat-dong.md"))
                .body("turns[0].answeredFrom.aspect", equalTo("documents"))
                .body("turns[1].answeredFrom.aspect", equalTo("fees"));
        admin().get(AdminGuard.ADMIN_PATH + "/conversations/" + second).then().statusCode(200)
                .body("turns[0].answeredFrom", nullValue());
    }

    @Test
    void theConversationsCsvIsUtf8WithABomAndQuotesWhatNeedsIt() {
        String quoted = "Tôi hỏi \"hộ chiếu\", " + tag + " nhé";
        ask(quoted, "fallback");
        ask("=1+2 " + tag, "fallback");
        String multiline = ask(ANSWERED, "answer");
        rate(multiline, false, "sai, thiếu");

        Response csv = admin().get(AdminGuard.ADMIN_PATH + "/export/conversations.csv");
        csv.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"hoi-thoai_" + period() + ".csv\"");
        String text = utf8WithBom(csv.asByteArray());
        assertTrue(text.startsWith("conversation_id,channel,turn,time,question,type,procedure_id,aspect,score,"
                + "guide_version,feedback,feedback_comment,reply\r\n"), text.substring(0, 200));
        assertTrue(text.contains(",\"Tôi hỏi \"\"hộ chiếu\"\", " + tag + " nhé\",fallback,"), "quotes and comma");
        assertTrue(text.contains(",'=1+2 " + tag + ",fallback,"), "a formula is kept as text");
        assertTrue(text.contains("," + ANSWERED + ",answer,hkd-cham-dut-hoat-dong,documents,"), "answered turn");
        assertTrue(text.contains(",down,\"sai, thiếu\",\"Chấm dứt hoạt động hộ kinh doanh – Hồ sơ cần chuẩn bị\n"),
                "feedback and a reply on several lines, quoted");
    }

    @Test
    void theQuestionsCsvHasOneRowPerGroup() {
        ask("xin giấy phép xây dựng " + tag, "fallback");
        ask("Xin giấy phép XÂY DỰNG, " + tag, "fallback");

        Response csv = admin().queryParam("sort", "count").get(AdminGuard.ADMIN_PATH + "/export/questions.csv");
        csv.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"cau-hoi-can-cai-thien_" + period() + ".csv\"");
        List<String> lines = Arrays.asList(utf8WithBom(csv.asByteArray()).split("\r\n"));
        assertEquals("question,count,last_asked,fallbacks,clarifications,thumbs_down,reasons,key", lines.get(0));
        List<String> rows = lines.stream().filter(l -> l.endsWith(",xin giay phep xay dung " + tag)).toList();
        assertEquals(1, rows.size(), lines.toString());
        assertTrue(rows.get(0).matches("\"?(X|x)in giấy phép (xây dựng|XÂY DỰNG),? " + tag + "\"?,2,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,2,0,0,fallback,.*"),
                rows.get(0));
    }

    private String period() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return today.minusDays(29) + "_" + today;
    }

    private static String utf8WithBom(byte[] body) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 byte-order mark");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AdminProfile.TOKEN).when();
    }

    private static JsonPath stats() {
        return admin().get(AdminGuard.ADMIN_PATH + "/stats").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> keys(String sort) {
        return admin().queryParam("sort", sort).queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/questions")
                .then().statusCode(200).extract().path("items.key");
    }

    private static JsonPath group(String key) {
        JsonPath page = admin().queryParam("size", 200).get(AdminGuard.ADMIN_PATH + "/questions").then().statusCode(200).extract().jsonPath();
        List<String> keys = page.getList("items.key");
        assertTrue(keys.contains(key), key + " not among " + keys);
        return new JsonPath(page.prettify()).setRootPath("items[" + keys.indexOf(key) + "]");
    }

    /** A count of the group of {@code key}, 0 while there is no such group. */
    private static long counted(String key, String field) {
        return keys("newest").contains(key) ? group(key).getLong(field) : 0;
    }

    private static int answers(String path, String field, String value) {
        List<Map<String, Object>> rows = admin().queryParam("limit", 100).get(AdminGuard.ADMIN_PATH + path)
                .then().statusCode(200).extract().path("");
        return rows.stream().filter(r -> value.equals(r.get(field))).mapToInt(r -> (Integer) r.get("answers")).findFirst().orElse(0);
    }

    /** A new conversation with one question; the reply must be of the expected type. Returns the conversation id. */
    static String ask(String question, String expectedType) {
        return given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("type", equalTo(expectedType)).extract().path("conversationId");
    }

    static void chat(String conversationId, String message) {
        given().contentType(ContentType.JSON).body(Map.of("conversationId", conversationId, "message", message))
                .when().post("/api/v1/chat").then().statusCode(200);
    }

    private static void rate(String conversationId, boolean useful, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("conversationId", conversationId, "turn", 1, "useful", useful));
        if (comment != null) {
            body.put("comment", comment);
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/feedback").then().statusCode(201);
    }
}
