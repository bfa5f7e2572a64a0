package vn.dvc.assistant.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Only in the PostgreSQL suite (-Ppostgres): the migrations on a real PostgreSQL server. */
@QuarkusTest
@Tag("postgres")
class PostgresDatabaseTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSuiteRunsOnPostgresqlMigratedByFlyway() throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            assertEquals(MigrationFolder.versions().stream().map(String::valueOf).toList(), column(connection,
                    "select version from flyway_schema_history where success and version is not null order by installed_rank"));
            List<String> indexes = column(connection, "select indexname from pg_indexes where schemaname = current_schema()");
            for (String index : List.of("turn_number_once", "conversation_by_channel_user", "conversation_by_last_turn",
                    "processed_message_by_time", "failed_send_by_time", "one_feedback_per_answer", "processed_message_once")) {
                assertTrue(indexes.contains(index), index + " in " + indexes);
            }
        }
    }

    @Test
    void vietnameseTextIsStoredAndReadBackAsTyped() {
        String question = "Tôi muốn chấm dứt hộ kinh doanh ở phường Bến Thành — thủ tục thế nào?";
        String id = given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().path("conversationId");
        given().when().get("/api/v1/conversations/" + id)
                .then().statusCode(200).body("turns[0].message", equalTo(question));
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
