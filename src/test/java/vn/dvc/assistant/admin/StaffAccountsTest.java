package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dvc.assistant.curation.CurationProfile;

/** Named staff accounts: roles, bcrypt passwords, expiring HttpOnly sessions, and the audit log of what they did. */
@QuarkusTest
@TestProfile(CurationProfile.class)
class StaffAccountsTest {

    /** Every account {@link #staffSession} makes has this password. */
    static final String PASSWORD = "mật khẩu đủ dài 2026";

    @Inject
    EntityManager entityManager;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    static RequestSpecification automation() {
        return given().header("Authorization", "Bearer " + CurationProfile.TOKEN);
    }

    /** Creates an account with the admin token and logs in with it; returns the session cookie's value. */
    static String staffSession(String username, String role) {
        automation().contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Cán bộ " + username, "role", role, "password", PASSWORD))
                .when().post("/api/v1/admin/staff").then().statusCode(201).body("role", equalTo(role));
        return login(username, PASSWORD).then().statusCode(200).extract().cookie(AdminGuard.SESSION_COOKIE);
    }

    static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post(AdminGuard.SESSION_PATH);
    }

    @Test
    void aLoginSetsAnHttpOnlySameSiteCookieThatTheAdminApiAccepts() {
        String username = "editor-" + suffix;
        staffSession(username, "editor");
        Response response = login(username, PASSWORD);
        String setCookie = response.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/api/v1/admin"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        response.then().body("role", equalTo("editor")).body("username", equalTo(username));
        String session = response.cookie(AdminGuard.SESSION_COOKIE);
        given().cookie(AdminGuard.SESSION_COOKIE, session).when().get(AdminGuard.SESSION_PATH)
                .then().statusCode(200).body("username", equalTo(username)).body("displayName", equalTo("Cán bộ " + username));
        given().cookie(AdminGuard.SESSION_COOKIE, session).when().get("/api/v1/admin/stats").then().statusCode(200);

        login(username, PASSWORD + "x").then().statusCode(401).contentType(ContentType.JSON).body("error", equalTo("invalid_login"));
        login("nobody-" + suffix, PASSWORD).then().statusCode(401).body("error", equalTo("invalid_login"));
        given().cookie(AdminGuard.SESSION_COOKIE, "forged").when().get("/api/v1/admin/stats").then().statusCode(401);
    }

    @Test
    void aViewerReadsButCannotChangeAndAnEditorCannotManageStaff() {
        String viewer = staffSession("viewer-" + suffix, "viewer");
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).when().get("/api/v1/admin/questions").then().statusCode(200);
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).when().get("/api/v1/admin/knowledge-base/files/procedures/dvc-tra-cuu-ho-so.md")
                .then().statusCode(200);
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).contentType(ContentType.JSON).body(Map.of("content", "x", "revision", 0))
                .when().put("/api/v1/admin/knowledge-base/files/procedures/dvc-tra-cuu-ho-so.md")
                .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("forbidden"));
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).contentType(ContentType.JSON)
                .body(Map.of("question", "x", "procedureId", "hkd-cham-dut-hoat-dong"))
                .when().post("/api/v1/admin/questions/assign").then().statusCode(403);
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).when().post("/api/v1/admin/knowledge-base/reload").then().statusCode(403);

        String editor = staffSession("editor2-" + suffix, "editor");
        given().cookie(AdminGuard.SESSION_COOKIE, editor).when().get("/api/v1/admin/staff").then().statusCode(403);
        given().cookie(AdminGuard.SESSION_COOKIE, editor).when().get("/api/v1/admin/audit").then().statusCode(403);
        given().cookie(AdminGuard.SESSION_COOKIE, editor).contentType(ContentType.JSON)
                .body(Map.of("question", "muốn nghỉ bán hẳn cái sạp " + suffix, "procedureId", "hkd-cham-dut-hoat-dong"))
                .when().post("/api/v1/admin/questions/assign").then().statusCode(200);

        automation().when().get("/api/v1/admin/audit?size=200").then().statusCode(200)
                .body("findAll { it.actor == 'editor2-" + suffix + "' }.action", hasItem("question.assign"))
                .body("findAll { it.actor == 'editor2-" + suffix + "' }.action", hasItem("login"))
                .body("findAll { it.actor == 'token' }.action", hasItem("staff.create"));
        automation().when().get("/api/v1/admin/knowledge-base/changes?path=procedures/hkd-cham-dut-hoat-dong.md").then()
                .body("changedBy", hasItem("editor2-" + suffix));
    }

    @Test
    void aSessionEndsAtLogoutAtExpiryAndWhenTheAccountIsSwitchedOff() {
        String username = "short-" + suffix;
        String first = staffSession(username, "viewer");
        given().cookie(AdminGuard.SESSION_COOKIE, first).when().delete(AdminGuard.SESSION_PATH).then().statusCode(204);
        given().cookie(AdminGuard.SESSION_COOKIE, first).when().get("/api/v1/admin/stats").then().statusCode(401);

        String second = login(username, PASSWORD).then().statusCode(200).extract().cookie(AdminGuard.SESSION_COOKIE);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("update StaffSession s set s.expiresAt = :past where s.username = :username")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("username", username).executeUpdate());
        given().cookie(AdminGuard.SESSION_COOKIE, second).when().get("/api/v1/admin/stats").then().statusCode(401);

        String third = login(username, PASSWORD).then().statusCode(200).extract().cookie(AdminGuard.SESSION_COOKIE);
        automation().contentType(ContentType.JSON).body(Map.of("active", false)).when().patch("/api/v1/admin/staff/" + username)
                .then().statusCode(200).body("active", equalTo(false));
        given().cookie(AdminGuard.SESSION_COOKIE, third).when().get("/api/v1/admin/stats").then().statusCode(401);
        login(username, PASSWORD).then().statusCode(401);
        long stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(a) from StaffAccount a where a.username = :u and a.passwordHash like '$2y$12$%'", Long.class)
                .setParameter("u", username).getSingleResult());
        assertEquals(1, stored, "the password is kept as a bcrypt hash only");
    }

    @Test
    void badAccountInputGetsAClearJsonError() {
        Map<String, String> good = Map.of("username", "ok-" + suffix, "role", "viewer", "password", PASSWORD);
        automation().contentType(ContentType.JSON).body(good).when().post("/api/v1/admin/staff").then().statusCode(201);
        automation().contentType(ContentType.JSON).body(good).when().post("/api/v1/admin/staff").then().statusCode(409)
                .body("error", equalTo("username_taken"));
        automation().contentType(ContentType.JSON).body(Map.of("username", "Tên Có Dấu", "role", "viewer", "password", PASSWORD))
                .when().post("/api/v1/admin/staff").then().statusCode(400).body("error", equalTo("invalid_username"));
        automation().contentType(ContentType.JSON).body(Map.of("username", "x-" + suffix, "role", "chief", "password", PASSWORD))
                .when().post("/api/v1/admin/staff").then().statusCode(400).body("error", equalTo("invalid_role"));
        automation().contentType(ContentType.JSON).body(Map.of("username", "y-" + suffix, "role", "viewer", "password", "short"))
                .when().post("/api/v1/admin/staff").then().statusCode(400).body("error", equalTo("invalid_password"));
        automation().contentType(ContentType.JSON).body(Map.of("username", "z-" + suffix, "role", "viewer", "password", "x".repeat(80)))
                .when().post("/api/v1/admin/staff").then().statusCode(400).body("error", equalTo("invalid_password"));
        // A lone surrogate (escaped in the JSON) has no UTF-8 form for bcrypt: refused, never a 500.
        automation().contentType(ContentType.JSON).body("{\"username\": \"w-" + suffix + "\", \"role\": \"viewer\","
                + " \"password\": \"\\ud800 mật khẩu đủ dài\"}").when().post("/api/v1/admin/staff").then().statusCode(400)
                .body("error", equalTo("invalid_password"));
        given().contentType(ContentType.JSON).body("{\"username\": \"ok-" + suffix + "\", \"password\": \"\\ud800 mật khẩu đủ dài\"}")
                .when().post(AdminGuard.SESSION_PATH).then().statusCode(401).body("error", equalTo("invalid_login"));
        automation().contentType(ContentType.JSON).body(Map.of("active", false)).when().patch("/api/v1/admin/staff/nobody-" + suffix)
                .then().statusCode(404).body("error", equalTo("unknown_staff"));
        given().contentType(ContentType.JSON).body("{\"username\": 1}").when().post(AdminGuard.SESSION_PATH)
                .then().statusCode(400).body("error", equalTo("invalid_json"));
        given().contentType(ContentType.JSON).body("{}").when().post(AdminGuard.SESSION_PATH)
                .then().statusCode(400).body("error", equalTo("missing_field"));
        String accounts = automation().when().get("/api/v1/admin/staff").then().statusCode(200)
                .body("username", hasItem("ok-" + suffix)).extract().asString();
        assertTrue(!accounts.contains("passwordHash") && !accounts.contains("$2y$"), accounts);
    }
}
