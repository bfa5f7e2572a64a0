package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Without ADMIN_TOKEN the admin API does not exist for the outside world. */
@QuarkusTest
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
}
