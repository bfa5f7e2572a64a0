package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The admin page's list of content due for a check, over HTTP with the configured age. */
@QuarkusTest
@TestProfile(ReviewDueProfile.class)
class ReviewApiTest {

    @Test
    void guidesCheckedLongerAgoThanTheAgeAreListedWithTheirFile() {
        JsonPath review = given().header("Authorization", "Bearer " + AdminProfile.TOKEN)
                .when().get(AdminGuard.ADMIN_PATH + "/knowledge-base/review").then().statusCode(200).extract().jsonPath();
        assertEquals(0, review.getInt("maxAgeDays"));
        List<Map<String, String>> warnings = review.getList("warnings");
        Map<String, String> account = warnings.stream().filter(w -> w.get("subject").equals("dvc-tai-khoan-dang-nhap")).findFirst()
                .orElseThrow(() -> new AssertionError("a guide reviewed on 2026-11-23 is due: " + warnings));
        assertEquals("STALE", account.get("kind"));
        assertEquals("procedures/dvc-tai-khoan-dang-nhap.md", account.get("file"));
        assertTrue(account.get("message").contains("2026-11-23"), account.get("message"));
        assertTrue(warnings.stream().noneMatch(w -> w.get("kind").equals("SUPERSEDED")), warnings.toString());
    }

    @Test
    void theListNeedsAStaffSession() {
        given().when().get(AdminGuard.ADMIN_PATH + "/knowledge-base/review").then().statusCode(401);
    }
}
