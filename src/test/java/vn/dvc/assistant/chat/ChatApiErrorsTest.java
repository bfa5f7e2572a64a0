package vn.dvc.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every bad request gets a 4xx JSON error that says what is wrong, never a 500 or a stack trace. */
@QuarkusTest
class ChatApiErrorsTest {

    private static void assertError(String body, ContentType type, int status, String error) {
        given().contentType(type).body(body)
                .when().post("/api/v1/chat")
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("message", not(containsString("Exception")))
                .body("message", not(containsString("at vn.")));
    }

    @Test
    void anEmptyOrBlankMessageIsRefused() {
        assertError("{\"message\": \"\"}", ContentType.JSON, 400, "empty_message");
        assertError("{\"message\": \"   \\n \"}", ContentType.JSON, 400, "empty_message");
        assertError("{}", ContentType.JSON, 400, "empty_message");
    }

    @Test
    void anOverLongMessageIsRefusedWithItsLength() {
        String message = "a".repeat(1001);
        given().contentType(ContentType.JSON).body("{\"message\": \"" + message + "\"}")
                .when().post("/api/v1/chat")
                .then().statusCode(400).body("error", equalTo("message_too_long"))
                .body("message", containsString("1001"));
    }

    @Test
    void malformedJsonIsRefused() {
        assertError("{\"message\": ", ContentType.JSON, 400, "invalid_json");
        assertError("not json at all", ContentType.JSON, 400, "invalid_json");
    }

    @Test
    void wrongTypesAreRefused() {
        assertError("{\"message\": 42}", ContentType.JSON, 400, "invalid_json");
        assertError("{\"message\": [\"a\"]}", ContentType.JSON, 400, "invalid_json");
        assertError("[1, 2]", ContentType.JSON, 400, "invalid_json");
    }

    @Test
    void aMissingBodyIsRefused() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/chat")
                .then().statusCode(400).contentType(ContentType.JSON);
    }

    @Test
    void aWrongContentTypeIsRefused() {
        assertError("message=xin chao", ContentType.URLENC, 415, "unsupported_media_type");
        assertError("xin chào", ContentType.TEXT, 415, "unsupported_media_type");
    }

    @Test
    void anInvalidUtf16MessageIsRefused() {
        assertError("{\"message\": \"xin \\ud800 chào\"}", ContentType.JSON, 400, "invalid_text");
    }

    /** Issue 15: a NUL was answered but not stored on PostgreSQL, and counted as a database failure. */
    @Test
    void aMessageWithANulOrControlCharacterIsRefused() {
        assertError("{\"message\": \"lệ phí\\u0000 bao nhiêu\"}", ContentType.JSON, 400, "invalid_text");
        assertError("{\"message\": \"lệ phí\\u0007 bao nhiêu\"}", ContentType.JSON, 400, "invalid_text");
    }

    /** Issue 15: a 406 said "did not match the value in @Produces" with the code bad_request. */
    @Test
    void anUnacceptableAcceptHeaderGetsA406InOurWords() {
        given().contentType(ContentType.JSON).accept("text/html").body("{\"message\": \"xin chào\"}")
                .when().post("/api/v1/chat")
                .then().statusCode(406).contentType(ContentType.JSON)
                .body("error", equalTo("not_acceptable"))
                .body("message", not(containsString("@Produces")));
    }

    /** Issue 15: JSON errors quoted Jackson ("StreamReadConstraints.getMaxNestingDepth()", "[Source: REDACTED"). */
    @Test
    void aJsonErrorNamesNoLibraryDetail() {
        for (String body : new String[] {"[".repeat(2000), "{\"message\": tru}", "{\"message\":\"x\" \"y\"}"}) {
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/chat")
                    .then().statusCode(400).body("error", equalTo("invalid_json"))
                    .body("message", not(containsString("Source")))
                    .body("message", not(containsString("StreamReadConstraints")))
                    .body("message", not(containsString("Unrecognized token")));
        }
    }

    @Test
    void aMalformedConversationIdIsRefused() {
        assertError("{\"conversationId\": \"abc\", \"message\": \"xin chào\"}", ContentType.JSON, 400, "invalid_conversation_id");
    }

    @Test
    void anUnknownConversationIdIsNotFound() {
        assertError("{\"conversationId\": \"3f2b8c1e-0000-4000-8000-000000000000\", \"message\": \"xin chào\"}",
                ContentType.JSON, 404, "unknown_conversation");
        given().when().get("/api/v1/conversations/3f2b8c1e-0000-4000-8000-000000000000")
                .then().statusCode(404).body("error", equalTo("unknown_conversation"));
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(ContentType.JSON);
        given().when().get("/api/v1/chat").then().statusCode(405).contentType(ContentType.JSON);
    }
}
