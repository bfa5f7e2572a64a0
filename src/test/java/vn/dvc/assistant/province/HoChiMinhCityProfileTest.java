package vn.dvc.assistant.province;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvc.assistant.chat.ChatTurns.say;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Deployed for Ho Chi Minh City, the city's own facts reach citizens over the real API: help, offices, fees, greeting. */
@QuarkusTest
@TestProfile(HoChiMinhCityProfile.class)
class HoChiMinhCityProfileTest {

    @Test
    void aFallbackOffersTheCityPortalAndThe1022Helpline() {
        JsonPath reply = say(null, "chứng khoán hôm nay vnindex tăng hay giảm");
        assertEquals("fallback", reply.getString("type"));
        String text = reply.getString("text");
        assertTrue(text.contains("https://dichvucong.hochiminhcity.gov.vn") && text.contains("1022"), text);
        assertFalse(text.contains("1800 1096"), "the national helpline is not the city's: " + text);
    }

    @Test
    void aWhereAnswerNamesTheCommuneCentresAndTheMerger() {
        JsonPath reply = say(null, "đăng ký hộ kinh doanh nộp hồ sơ ở đâu");
        assertEquals("hkd-dang-ky-thanh-lap", reply.getString("procedureId"));
        assertEquals("where", reply.getString("aspect"));
        String text = reply.getString("text");
        assertTrue(text.contains("Ở Thành phố Hồ Chí Minh: hồ sơ giấy nộp tại Trung tâm Phục vụ hành chính công của phường, xã, đặc khu"), text);
        assertTrue(text.contains("Bình Dương") && text.contains("Bà Rịa - Vũng Tàu") && text.contains("1685/NQ-UBTVQH15"), text);
        assertTrue(text.contains("Tổng đài 1022"), text);
    }

    @Test
    void aFeeTheCityCouncilSetsIsSaidToDifferWithWhereToCheck() {
        JsonPath reply = say(null, "lệ phí thay đổi nội dung đăng ký hộ kinh doanh bao nhiêu");
        assertEquals("hkd-thay-doi-noi-dung", reply.getString("procedureId"));
        assertEquals("fees", reply.getString("aspect"));
        String text = reply.getString("text");
        assertTrue(text.contains("Ở Thành phố Hồ Chí Minh: mức lệ phí do Hội đồng nhân dân Thành phố Hồ Chí Minh quyết định"), text);
        assertTrue(text.contains("kiểm tra trên Cổng dịch vụ công Thành phố Hồ Chí Minh"), text);
    }

    @Test
    void theWidgetsGreetingNamesTheCity() {
        String greeting = given().get("/api/v1/starters").then().statusCode(200).extract().jsonPath().getString("greeting");
        assertTrue(greeting.startsWith("Xin chào! Tôi là trợ lý ảo của Thành phố Hồ Chí Minh"), greeting);
    }
}
