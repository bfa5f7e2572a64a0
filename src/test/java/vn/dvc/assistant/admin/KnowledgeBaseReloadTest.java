package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(AdminProfile.class)
class KnowledgeBaseReloadTest {

    private static final Path GUIDE = Path.of("target", AdminProfile.COPY, "procedures", "dn-chuyen-doi-tu-hkd.md");
    private static final String MARKER = "Đoạn thêm để kiểm tra nạp lại.";

    private String original;

    @AfterEach
    void restore() throws IOException {
        if (original != null) {
            Files.writeString(GUIDE, original);
            reload().statusCode(200);
        }
    }

    private static io.restassured.response.ValidatableResponse reload() {
        return given().header("Authorization", "Bearer " + AdminProfile.TOKEN)
                .when().post("/api/v1/admin/knowledge-base/reload").then();
    }

    @Test
    void theAdminApiWantsItsToken() {
        given().when().post("/api/v1/admin/knowledge-base/reload").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer wrong").when().post("/api/v1/admin/knowledge-base/reload")
                .then().statusCode(401).contentType(ContentType.JSON);
    }

    @Test
    void anEditedGuideAnswersAfterAReloadWithoutARestart() throws IOException {
        original = Files.readString(GUIDE);
        Files.writeString(GUIDE, original.replaceFirst("## overview\n", "## overview\n" + MARKER + "\n"));
        reload().statusCode(200).body("guides", equalTo(guideFiles()));
        given().when().get("/api/v1/procedures/dn-chuyen-doi-tu-hkd")
                .then().statusCode(200).body("sections.overview", containsString(MARKER));
    }

    /** Every guide of the folder is loaded again. */
    private static int guideFiles() throws IOException {
        try (var files = Files.list(GUIDE.getParent())) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    @Test
    void aBrokenGuideIsRefusedWithItsFileAndLineAndTheOldIndexKeepsServing() throws IOException {
        original = Files.readString(GUIDE);
        String servedResult = given().when().get("/api/v1/procedures/dn-chuyen-doi-tu-hkd").then().statusCode(200)
                .extract().path("sections.result");
        Files.writeString(GUIDE, original.replace("## result", "## ket_qua"));
        reload().statusCode(422)
                .body("error", equalTo("invalid_knowledge_base"))
                .body("message", containsString("procedures/dn-chuyen-doi-tu-hkd.md:"))
                .body("message", containsString("unknown section 'ket_qua'"));
        given().when().get("/api/v1/procedures/dn-chuyen-doi-tu-hkd")
                .then().statusCode(200).body("sections.result", equalTo(servedResult));
        given().contentType(ContentType.JSON).body(Map.of("message", "chuyển hộ kinh doanh lên công ty cần hồ sơ gì"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("procedureId", equalTo("dn-chuyen-doi-tu-hkd"));
    }

    @Test
    void reloadsUnderChatTrafficFailNoRequest() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService citizens = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            answered.add(citizens.submit(() -> {
                int turns = 0;
                while (reloading.get() || turns < 5) {
                    given().contentType(ContentType.JSON).body(Map.of("message", "chấm dứt hộ kinh doanh mất bao lâu"))
                            .when().post("/api/v1/chat")
                            .then().statusCode(200).body("procedureId", equalTo("hkd-cham-dut-hoat-dong"));
                    turns++;
                }
                return turns;
            }));
        }
        for (int i = 0; i < 8; i++) {
            reload().statusCode(200);
        }
        reloading.set(false);
        citizens.shutdown();
        assertEquals(true, citizens.awaitTermination(60, TimeUnit.SECONDS));
        for (Future<Integer> citizen : answered) {
            citizen.get();
        }
    }
}
