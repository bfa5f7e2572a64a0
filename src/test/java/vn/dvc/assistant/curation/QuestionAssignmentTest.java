package vn.dvc.assistant.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A question from "questions to improve" assigned to the procedure it should have got is answered so at once. */
@QuarkusTest
@TestProfile(CurationProfile.class)
class QuestionAssignmentTest {

    private static final String QUESTIONS = "/api/v1/admin/questions";

    @Test
    void aQuestionAssignedToAGuideIsAnsweredByItRightAfter() {
        String question = "tôi muốn dẹp sạp bán vé số ngoài chợ";
        JsonPath before = ask(question);
        assertNotEquals("hkd-cham-dut-hoat-dong", before.getString("procedureId"), "the question is not answered so yet");
        assertTrue(KnowledgeOverlayTest.automation().when().get(QUESTIONS + "?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.example").contains(question), "it is a question to improve");

        assign(question, "hkd-cham-dut-hoat-dong", null).statusCode(200)
                .body("path", equalTo("procedures/hkd-cham-dut-hoat-dong.md")).body("revision", greaterThan(0));

        JsonPath after = ask(question);
        assertEquals("answer", after.getString("type"));
        assertEquals("hkd-cham-dut-hoat-dong", after.getString("procedureId"));
        KnowledgeOverlayTest.automation().when().get("/api/v1/admin/knowledge-base/files/procedures/hkd-cham-dut-hoat-dong.md")
                .then().body("content", containsString("phrasings:\n")).body("content", containsString("  - " + question + "\n"));
        KnowledgeOverlayTest.automation().when().get(QUESTIONS + "?size=200").then()
                .body("items.find { it.example == '" + question + "' }.status", equalTo("assigned"))
                .body("items.find { it.example == '" + question + "' }.assignedTo", equalTo("hkd-cham-dut-hoat-dong"));

        // Assigning it again adds nothing: the guide already has it.
        assign(question.toUpperCase(), "hkd-cham-dut-hoat-dong", null).statusCode(200);
        String text = KnowledgeOverlayTest.automation().when()
                .get("/api/v1/admin/knowledge-base/files/procedures/hkd-cham-dut-hoat-dong.md").then().extract().path("content");
        assertEquals(1, text.split(question, -1).length - 1);
    }

    @Test
    void aQuestionAssignedToAnAspectBecomesAnExampleOfThatSection() {
        String question = "gia hạn nghỉ bán hàng thêm mấy tháng nữa được không";
        assign(question, "hkd-tam-ngung-kinh-doanh", "processing_time").statusCode(200).body("aspect", equalTo("processing_time"));
        String text = KnowledgeOverlayTest.automation().when()
                .get("/api/v1/admin/knowledge-base/files/procedures/hkd-tam-ngung-kinh-doanh.md").then().extract().path("content");
        int example = text.indexOf("\n? " + question + "\n");
        assertTrue(example > text.indexOf("## processing_time\n") && example < text.indexOf("## fees\n"), text);
        given().when().get("/api/v1/procedures/hkd-tam-ngung-kinh-doanh").then().statusCode(200);
    }

    @Test
    void aQuestionAssignedToANationalProcedureIsStoredExportedAndAnswered() throws IOException {
        String question = "con chim sáo nhà tôi muốn có giấy tờ đàng hoàng";
        assign(question, "9.000001", null).statusCode(200)
                .body("procedureId", equalTo("tthc-9.000001"))
                .body("path", equalTo(KnowledgePaths.STAFF_ASSIGNED));
        String stored = KnowledgeOverlayTest.automation().when().get("/api/v1/admin/knowledge-base/files/" + KnowledgePaths.STAFF_ASSIGNED)
                .then().statusCode(200).extract().path("content");
        assertTrue(stored.contains("\n" + question + " => 9.000001\n"), stored);
        byte[] zip = KnowledgeOverlayTest.automation().when().get("/api/v1/admin/knowledge-base/export.zip").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(stored, unzipped(zip, "knowledge-base/" + KnowledgePaths.STAFF_ASSIGNED));
        // the citizens' names parser reads the assignment: the next index answers the question with the procedure
        String conversation = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> given()
                .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath(),
                reply -> "tthc-9.000001".equals(reply.getString("procedureId"))).getString("conversationId");
        // The turn links to the portal's record it answered from.
        KnowledgeOverlayTest.automation().when().get("/api/v1/admin/conversations/" + conversation).then().statusCode(200)
                .body("turns[0].answeredFrom.kind", equalTo("catalogue"))
                .body("turns[0].answeredFrom.code", equalTo("9.000001"))
                .body("turns[0].answeredFrom.url", equalTo("https://example.invalid/thu-tuc/9.000001"))
                .body("turns[0].answeredFrom.name", equalTo("Cấp giấy phép nuôi chim cảnh trong khu dân cư"));
    }

    @Test
    void aGroupCanBeSetAsideAsOutOfScopeOrResolvedAndOpenedAgain() {
        String question = "cho tôi hỏi giá vàng hôm nay zqoutscope";
        ask(question);
        status(question, "out_of_scope").statusCode(200);
        KnowledgeOverlayTest.automation().when().get(QUESTIONS + "?size=200").then()
                .body("items.find { it.example == '" + question + "' }.status", equalTo("out_of_scope"));
        status(question, "resolved").statusCode(200);
        KnowledgeOverlayTest.automation().when().get(QUESTIONS + "?size=200").then()
                .body("items.find { it.example == '" + question + "' }.status", equalTo("resolved"));
        status(question, "open").statusCode(200);
        KnowledgeOverlayTest.automation().when().get(QUESTIONS + "?size=200").then()
                .body("items.find { it.example == '" + question + "' }.status", equalTo("open"));
    }

    @Test
    void badInputGetsAClearJsonError() {
        assign("câu hỏi", "khong-co-thu-tuc", null).statusCode(404).body("error", equalTo("unknown_procedure"));
        assign("câu hỏi", "hkd-cham-dut-hoat-dong", "ket_qua").statusCode(400).body("error", equalTo("invalid_aspect"));
        assign("   ", "hkd-cham-dut-hoat-dong", null).statusCode(422).contentType(ContentType.JSON);
        KnowledgeOverlayTest.automation().contentType(ContentType.JSON).body("{}").when().post(QUESTIONS + "/assign")
                .then().statusCode(400).body("error", equalTo("missing_field"));
        KnowledgeOverlayTest.automation().contentType(ContentType.JSON).body("[1]").when().post(QUESTIONS + "/assign")
                .then().statusCode(400).body("error", equalTo("invalid_json"));
        status("câu hỏi", "assigned").statusCode(400).body("error", equalTo("invalid_status"));
        status("câu hỏi", "xong").statusCode(400).body("error", equalTo("invalid_status"));
        KnowledgeOverlayTest.automation().when().get("/api/v1/admin/procedures").then().statusCode(400)
                .body("error", equalTo("invalid_query"));
        KnowledgeOverlayTest.automation().when().get("/api/v1/admin/procedures?q=cham dut ho kinh doanh").then().statusCode(200)
                .body("id", hasItem("hkd-cham-dut-hoat-dong")).body("kind", not(hasItem("nothing")));
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse assign(String question, String procedureId, String aspect) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("question", question, "procedureId", procedureId));
        if (aspect != null) {
            body.put("aspect", aspect);
        }
        return KnowledgeOverlayTest.automation().contentType(ContentType.JSON).body(body).when().post(QUESTIONS + "/assign").then();
    }

    private static io.restassured.response.ValidatableResponse status(String question, String status) {
        return KnowledgeOverlayTest.automation().contentType(ContentType.JSON).body(Map.of("question", question, "status", status))
                .when().post(QUESTIONS + "/status").then();
    }

    private static String unzipped(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
