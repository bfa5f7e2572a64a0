package vn.dvc.assistant.curation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Guides saved through the admin API: validated, versioned, in service at once, on every instance, exported. */
@QuarkusTest
@TestProfile(CurationProfile.class)
class KnowledgeOverlayTest {

    private static final String FILES = "/api/v1/admin/knowledge-base/files/";

    @Inject
    EntityManager entityManager;

    static RequestSpecification automation() {
        return given().header("Authorization", "Bearer " + CurationProfile.TOKEN);
    }

    @Test
    void aSavedGuideIsInServiceAtOnceVersionedAndAStaleSaveIsToldTheFirstChange() throws IOException {
        String path = "procedures/hkd-cap-lai-giay-chung-nhan.md";
        String folder = Files.readString(Path.of("target", CurationProfile.COPY, path));
        automation().when().get(FILES + path).then().statusCode(200)
                .body("revision", equalTo(0)).body("content", equalTo(folder)).body("changedBy", nullValue());

        String marker = "Đoạn do cán bộ thêm qua trang quản trị.";
        String edited = folder.replaceFirst("## overview\n", "## overview\n" + marker + "\n");
        save(path, edited, 0, "thêm ghi chú").statusCode(200).body("revision", equalTo(1)).body("changedBy", equalTo("token"));
        given().when().get("/api/v1/procedures/hkd-cap-lai-giay-chung-nhan")
                .then().statusCode(200).body("sections.overview", containsString(marker));
        assertEquals(folder, Files.readString(Path.of("target", CurationProfile.COPY, path)), "the folder is left as it was");

        // A second editor who opened revision 0 is told, sees the first one's text, and nothing of theirs is stored.
        save(path, folder.replace("## fees\n", "## fees\nKhác.\n"), 0, null).statusCode(409)
                .contentType(ContentType.JSON)
                .body("error", equalTo("edit_conflict"))
                .body("current.revision", equalTo(1))
                .body("current.changedBy", equalTo("token"))
                .body("current.content", containsString(marker));
        automation().when().get(FILES + path).then().body("revision", equalTo(1)).body("content", not(containsString("Khác.")));

        int changeId = automation().when().get("/api/v1/admin/knowledge-base/changes?path=" + path).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].reason", equalTo("thêm ghi chú")).extract().path("[0].id");
        automation().when().get("/api/v1/admin/knowledge-base/changes/" + changeId).then().statusCode(200)
                .body("before", equalTo(folder)).body("after", equalTo(edited)).body("changedBy", equalTo("token"));

        Map<String, String> exported = unzip(automation().when().get("/api/v1/admin/knowledge-base/export.zip")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray());
        assertEquals(edited, exported.get("knowledge-base/" + path));
    }

    @Test
    void aBrokenEditIsRefusedWithItsFileAndLineAndNothingIsStored() {
        String path = "procedures/dvc-tra-cuu-ho-so.md";
        String served = given().when().get("/api/v1/procedures/dvc-tra-cuu-ho-so").then().extract().path("sections.result");
        String text = automation().when().get(FILES + path).then().extract().path("content");
        String broken = text.replace("## result", "## ket_qua");
        int line = java.util.Arrays.asList(broken.split("\n", -1)).indexOf("## ket_qua") + 1;
        save(path, broken, 0, null).statusCode(422)
                .body("error", equalTo("invalid_knowledge_base"))
                .body("file", equalTo(path))
                .body("line", equalTo(line))
                .body("message", containsString(path + ":" + line + ": unknown section 'ket_qua'"));
        automation().when().get(FILES + path).then().body("revision", equalTo(0));
        given().when().get("/api/v1/procedures/dvc-tra-cuu-ho-so").then().body("sections.result", equalTo(served));
    }

    @Test
    void aChangeSavedByAnotherInstanceIsInServiceHereAtTheNextPoll() {
        String path = "procedures/dvc-thanh-toan-truc-tuyen.md";
        String text = automation().when().get(FILES + path).then().extract().path("content");
        String marker = "Sửa trên một máy chủ khác.";
        // What a save on another instance leaves in the shared database: the file and the version row moved on.
        QuarkusTransaction.requiringNew().run(() -> {
            KnowledgeFile file = new KnowledgeFile();
            file.path = path;
            file.content = text.replaceFirst("## overview\n", "## overview\n" + marker + "\n");
            file.revision = 1;
            file.changedBy = "other-instance";
            file.changedAt = Instant.now();
            entityManager.persist(file);
            entityManager.createQuery("update KnowledgeVersion v set v.version = v.version + 1").executeUpdate();
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/v1/procedures/dvc-thanh-toan-truc-tuyen")
                .then().body("sections.overview", containsString(marker)));
    }

    @Test
    void badInputGetsAClearJsonError() {
        automation().when().get(FILES + "config/application.md").then().statusCode(422).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_knowledge_base"));
        automation().when().get(FILES + "procedures/khong-co.md").then().statusCode(404).body("error", equalTo("unknown_file"));
        automation().contentType(ContentType.JSON).body("{\"content\": 5, \"revision\": 0}")
                .when().put(FILES + "procedures/dvc-tra-cuu-ho-so.md").then().statusCode(400).body("error", equalTo("invalid_json"));
        automation().contentType(ContentType.JSON).body("{\"content\": \"x\"}")
                .when().put(FILES + "procedures/dvc-tra-cuu-ho-so.md").then().statusCode(400).body("error", equalTo("missing_field"));
        automation().contentType(ContentType.JSON).body("{not json")
                .when().put(FILES + "procedures/dvc-tra-cuu-ho-so.md").then().statusCode(400).body("error", equalTo("invalid_json"));
        automation().contentType(ContentType.JSON).body(Map.of("content", "x => y", "revision", 0))
                .when().put(FILES + "vocabulary/citizen-names/staff-assigned.txt").then().statusCode(422)
                .body("line", equalTo(1));
        automation().when().get("/api/v1/admin/knowledge-base/changes/abc").then().statusCode(400).body("error", equalTo("invalid_id"));
        automation().when().get("/api/v1/admin/knowledge-base/changes/999999").then().statusCode(404);
        given().when().get(FILES + "procedures/dvc-tra-cuu-ho-so.md").then().statusCode(401).contentType(ContentType.JSON);
    }

    @Test
    void aPreviewShowsEachSectionOrTheLineAtFault() {
        String text = automation().when().get(FILES + "procedures/dvc-tra-cuu-ho-so.md").then().extract().path("content");
        automation().contentType(ContentType.JSON).body(Map.of("path", "procedures/dvc-tra-cuu-ho-so.md", "content", text))
                .when().post("/api/v1/admin/knowledge-base/preview").then().statusCode(200)
                .body("sections.size()", equalTo(10)).body("sections[0].aspect", equalTo("overview"))
                .body("sections[0].heading", containsString("Tổng quan"))
                // laid out as the widget draws an answer: the numbered steps, then the list item after them
                .body("sections.find { it.aspect == 'steps' }.blocks.kind", org.hamcrest.Matchers.contains("steps", "list"))
                .body("sections.find { it.aspect == 'steps' }.blocks[0].items[1]", org.hamcrest.Matchers.startsWith("Nhập mã hồ sơ"));
        automation().contentType(ContentType.JSON).body(Map.of("path", "procedures/dvc-tra-cuu-ho-so.md",
                        "content", text.replace("reviewed: ", "reviewed: hôm qua ")))
                .when().post("/api/v1/admin/knowledge-base/preview").then().statusCode(422)
                .body("line", org.hamcrest.Matchers.greaterThan(1)).body("message", containsString("is not a date"));
    }

    private static io.restassured.response.ValidatableResponse save(String path, String content, int revision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("content", content, "revision", revision));
        if (reason != null) {
            body.put("reason", reason);
        }
        return automation().contentType(ContentType.JSON).body(body).when().put(FILES + path).then();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(!files.isEmpty());
        return files;
    }
}
