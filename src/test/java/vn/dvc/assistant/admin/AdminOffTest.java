package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.dvc.assistant.channels.CapturedLog;

/** Without ADMIN_TOKEN the admin API and page do not exist for the outside world, and start-up says so once. */
@QuarkusTest
@TestProfile(AdminOffProfile.class)
class AdminOffTest {

    @Test
    void theAdminApiIsOffWithoutAToken() {
        given().header("Authorization", "Bearer anything")
                .when().post("/api/v1/admin/knowledge-base/reload")
                .then().statusCode(404).body("error", equalTo("admin_off"));
        for (String path : new String[] {"/stats", "/top/procedures", "/top/aspects", "/questions", "/conversations",
                "/export/conversations.csv", "/export/questions.csv"}) {
            given().header("Authorization", "Bearer anything").when().get(AdminGuard.ADMIN_PATH + path)
                    .then().statusCode(404).body("error", equalTo("admin_off"));
        }
    }

    @Test
    void theAdminPageIsOffToo() {
        for (String path : new String[] {"/admin", "/admin/", "/admin/index.html", "/admin/admin.js"}) {
            given().when().get(path).then().statusCode(404).contentType(ContentType.JSON)
                    .header("X-Content-Type-Options", "nosniff")
                    .body("error", equalTo("admin_off"));
        }
        given().when().get("/").then().statusCode(200);
    }

    @Test
    void startUpLogsOneLineSayingAdminIsOff() throws IOException {
        long lines = Files.readString(CapturedLog.FILE, StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("Admin API and page off: set ADMIN_TOKEN to turn them on")).count();
        assertEquals(1, lines);
    }
}
