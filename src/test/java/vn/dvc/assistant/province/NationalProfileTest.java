package vn.dvc.assistant.province;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvc.assistant.chat.ChatTurns.say;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Without a province configured the assistant is neutral: national help, and no province's words in any answer. */
@QuarkusTest
class NationalProfileTest {

    @Test
    void aFallbackOffersTheNationalPortalAndHelpline() {
        JsonPath reply = say(null, "chứng khoán hôm nay vnindex tăng hay giảm");
        assertEquals("fallback", reply.getString("type"));
        String text = reply.getString("text");
        assertTrue(text.contains("Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn") && text.contains("1800 1096"), text);
        assertFalse(text.contains("Hồ Chí Minh") || text.contains("1022"), text);
    }

    @Test
    void whereAndFeeAnswersAreTheGuidesOwnWords() {
        String where = say(null, "đăng ký hộ kinh doanh nộp hồ sơ ở đâu").getString("text");
        assertFalse(where.contains("Ở ") || where.contains("Hồ Chí Minh"), where);
        String fees = say(null, "lệ phí thay đổi nội dung đăng ký hộ kinh doanh bao nhiêu").getString("text");
        assertTrue(fees.contains("Hội đồng nhân dân tỉnh quyết định"), fees);
        assertFalse(fees.contains("Hồ Chí Minh"), fees);
    }

    @Test
    void theWidgetsGreetingNamesNoProvince() {
        String greeting = given().get("/api/v1/starters").then().statusCode(200).extract().jsonPath().getString("greeting");
        assertTrue(greeting.startsWith("Xin chào! Tôi là trợ lý ảo, trả lời 24/7"), greeting);
    }
}
