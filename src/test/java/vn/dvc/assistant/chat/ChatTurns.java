package vn.dvc.assistant.chat;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** One chat turn over the real HTTP API, as tests of the dialogue and its presentation send it. */
public final class ChatTurns {

    private ChatTurns() {
    }

    /** A turn answered 200; a new conversation when {@code conversationId} is null. */
    public static JsonPath say(String conversationId, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("message", message);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/chat")
                .then().statusCode(200).extract().jsonPath();
    }
}
