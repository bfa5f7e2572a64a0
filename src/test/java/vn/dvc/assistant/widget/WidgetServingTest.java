package vn.dvc.assistant.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WidgetServingTest {

    /** The size budget for the unminified widget. */
    private static final int WIDGET_BUDGET_BYTES = 40 * 1024;

    @Test
    void servesTheWidgetScriptAsUtf8JavaScript() {
        byte[] script = given().when().get("/widget.js")
                .then().statusCode(200)
                // Portal pages may be in another encoding; the header keeps the Vietnamese labels intact.
                .contentType(containsString("javascript"))
                .contentType(containsStringIgnoringCase("charset=utf-8"))
                .body(containsString("window.DvcAssistant"))
                .extract().asByteArray();
        assertTrue(script.length < WIDGET_BUDGET_BYTES, "widget.js has " + script.length + " bytes; the budget is " + WIDGET_BUDGET_BYTES);
    }

    @Test
    void servesTheDemoPortalPageWithTheWidgetOnIt() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script src=\"/widget.js\" defer"));
    }
}
