package vn.dvc.assistant.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.dvc.assistant.channels.CapturedLog;

@QuarkusTest
@TestProfile(WatchProfile.class)
class FolderWatchTest {

    private static final Path GUIDE = Path.of("target", WatchProfile.COPY, "procedures", "dn-chuyen-doi-tu-hkd.md");
    private static final String PROCEDURE = "/api/v1/procedures/dn-chuyen-doi-tu-hkd";
    private static final Pattern RELOAD = Pattern.compile("Knowledge base files changed: reloading");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private String original;

    @AfterEach
    void restore() throws IOException {
        if (original != null) {
            int reloadsBefore = reloads();
            Files.writeString(GUIDE, original);
            await().atMost(PATIENCE).until(() -> reloads() > reloadsBefore);
        }
    }

    @Test
    void anEditedGuideIsServedWithoutAnyCall() throws IOException {
        original = Files.readString(GUIDE);
        Files.writeString(GUIDE, withOverviewLine("Đoạn thêm để kiểm tra theo dõi thư mục."));

        await().atMost(PATIENCE).untilAsserted(() -> given().get(PROCEDURE).then()
                .statusCode(200).body("sections.overview", containsString("Đoạn thêm để kiểm tra theo dõi thư mục.")));
    }

    @Test
    void aBurstOfSavesGivesOneReload() throws Exception {
        original = Files.readString(GUIDE);
        int reloadsBefore = reloads();
        for (int save = 1; save <= 15; save++) {
            Files.writeString(GUIDE, withOverviewLine("Lần lưu thứ " + save + "."));
            Thread.sleep(100);
        }

        await().atMost(PATIENCE).untilAsserted(() -> given().get(PROCEDURE).then()
                .body("sections.overview", containsString("Lần lưu thứ 15.")));
        Thread.sleep(3000);
        assertEquals(reloadsBefore + 1, reloads(), "one reload for the whole burst");
    }

    @Test
    void aBrokenEditIsLoggedWithItsFileAndLineAndTheOldGuideKeepsServing() throws Exception {
        original = Files.readString(GUIDE);
        String served = given().get(PROCEDURE).then().statusCode(200).extract().path("sections.result");
        Files.writeString(GUIDE, original.replace("## result", "## ket_qua"));

        await().atMost(PATIENCE).until(() -> log().contains("unknown section 'ket_qua'"));
        String refusal = log().lines().filter(l -> l.contains("unknown section 'ket_qua'")).findFirst().orElseThrow();
        assertTrue(refusal.contains("Knowledge base reload refused, the previous one keeps serving: procedures/dn-chuyen-doi-tu-hkd.md:"),
                refusal);
        given().get(PROCEDURE).then().statusCode(200).body("sections.result", equalTo(served));
    }

    private String withOverviewLine(String line) {
        return original.replaceFirst("## overview\n", "## overview\n" + line + "\n");
    }

    private static int reloads() throws IOException {
        Matcher matcher = RELOAD.matcher(log());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String log() throws IOException {
        return Files.exists(CapturedLog.FILE) ? Files.readString(CapturedLog.FILE, StandardCharsets.UTF_8) : "";
    }
}
