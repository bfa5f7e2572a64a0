package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.conversation.PackagedService;

/**
 * Issue 15, item 9: in production (the packaged jar) the service refuses to start with an ADMIN_TOKEN anyone could
 * guess, under 32 characters, and says why without printing it; with 32 it starts and the token opens the admin API.
 */
class AdminTokenStrengthIT {

    private static final String SHORT = "a-31-character-admin-token-here";
    private static final String LONG_ENOUGH = "a-32-character-admin-token-is-ok";

    @Test
    void theProductionServiceRefusesAnAdminTokenUnder32Characters() throws Exception {
        assertEquals(31, SHORT.length());
        Map<String, String> database = PackagedService.onAFreshH2File("admin-token-it");
        try (PackagedService started = PackagedService.start(database, Map.of("ADMIN_TOKEN", SHORT))) {
            fail("started in production with a " + SHORT.length() + "-character admin token on port " + started.port);
        } catch (IllegalStateException refused) {
            assertTrue(refused.getMessage().contains("ADMIN_TOKEN has 31 characters; production needs at least 32"), refused.getMessage());
            assertFalse(refused.getMessage().contains(SHORT), "the token is not printed");
        }

        assertEquals(32, LONG_ENOUGH.length());
        try (PackagedService started = PackagedService.start(database, Map.of("ADMIN_TOKEN", LONG_ENOUGH))) {
            given().port(started.port).header("Authorization", "Bearer " + LONG_ENOUGH)
                    .when().get("/api/v1/admin/stats").then().statusCode(200);
        }
    }
}
