package vn.dvc.assistant.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WidgetServingTest {

    /** The size budget for the unminified widget. */
    private static final int WIDGET_BUDGET_BYTES = 40 * 1024;
    private static final Pattern VERSIONED = Pattern.compile("'widget/([0-9a-f]{12})\\.js'");

    @Test
    void theEmbedsAddressIsAShortLivedLoaderOfTheVersionedWidget() {
        String loader = given().when().get("/widget.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .contentType(containsStringIgnoringCase("charset=utf-8"))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().asString();
        Matcher version = VERSIONED.matcher(loader);
        assertTrue(version.find(), loader);
        assertTrue(loader.length() < 1024, "the loader stays a few lines: " + loader.length() + " bytes");

        byte[] script = given().when().get("/widget/" + version.group(1) + ".js")
                .then().statusCode(200)
                // Portal pages may be in another encoding; the header keeps the Vietnamese labels intact.
                .contentType(containsString("javascript"))
                .contentType(containsStringIgnoringCase("charset=utf-8"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .body(containsString("window.DvcAssistant"))
                .extract().asByteArray();
        assertTrue(script.length < WIDGET_BUDGET_BYTES, "widget.js has " + script.length + " bytes; the budget is " + WIDGET_BUDGET_BYTES);
    }

    @Test
    void anOlderVersionGetsTheCurrentWidgetUncached() {
        given().when().get("/widget/0123456789ab.js")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("window.DvcAssistant"));
        given().when().get("/widget/not-a-version.js").then().statusCode(404);
    }

    @Test
    void servesTheDemoPortalPageWithTheWidgetOnIt() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script src=\"/widget.js\" defer"));
    }
}
