package vn.dvc.assistant.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A database made by Hibernate before Flyway is baselined at version 1, migrated on, and its conversations go on. */
@QuarkusTest
@TestProfile(LegacyDatabase.class)
class LegacyDatabaseUpgradeTest {

    @Inject
    DataSource dataSource;

    @Test
    void isBaselinedAtVersionOneAndGetsTheLaterVersions() throws SQLException, java.io.IOException {
        List<String> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select \"version\", \"type\", \"success\" from \"flyway_schema_history\""
                                + " where \"version\" is not null order by \"installed_rank\"")) {
            while (rows.next()) {
                history.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
            }
        }
        assertEquals(expectedHistory(), history);
    }

    /** Version 1 taken as the baseline, then every later migration in the folder, in order. */
    private static List<String> expectedHistory() throws java.io.IOException {
        List<String> expected = new ArrayList<>(List.of("1 BASELINE true"));
        MigrationFolder.versions().stream().filter(version -> version > 1).forEach(version -> expected.add(version + " SQL true"));
        return expected;
    }

    @Test
    void aConversationStoredBeforeTheMigrationGoesOn() {
        given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", LegacyDatabase.CONVERSATION, "message", "còn lệ phí thì sao?"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("aspect", equalTo("fees"))
                .body("turn", equalTo(2));
        given().when().get("/api/v1/conversations/" + LegacyDatabase.CONVERSATION)
                .then().statusCode(200).body("turns", hasSize(2));
    }

    @Test
    void turnsStoredWithOneNumberTwiceAreRenumberedInStoredOrder() {
        given().when().get("/api/v1/conversations/" + LegacyDatabase.DUPLICATE_NUMBERS)
                .then().statusCode(200)
                .body("turns.turn", contains(1, 2, 3))
                .body("turns.aspect", contains("overview", "where", "fees"));
        given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", LegacyDatabase.DUPLICATE_NUMBERS, "message", "mấy ngày xong"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("turn", equalTo(4));
    }
}
