package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.restassured.http.ContentType;

import vn.dvc.assistant.conversation.PackagedService;

/**
 * Staff close the loop in a real Chromium, over two instances of the packaged service sharing one database (an H2
 * server over TCP, as two replicas share PostgreSQL): an editor logs in on instance A, assigns a question to its
 * procedure, edits a guide with a mistake (refused, the line shown), fixes it, previews it, is told of a second editor's
 * save made meanwhile through instance B (nothing lost), and saves both; instance B answers the question and the guide's
 * new text within seconds; a viewer sees the guides but cannot change them.
 */
@Tag("browser")
class CurationPageBrowserIT extends AdminPageBrowser {

    /** At least 32 characters: the packaged service runs in production mode. */
    private static final String TOKEN = "curation-two-instances-token-long-enough";
    private static final String GUIDE = "procedures/dvc-tra-cuu-ho-so.md";
    private static final String TRACKING_QUESTION = "tra cứu tình trạng hồ sơ như thế nào";
    /** Within the poll of every instance (assistant.curation.poll-every, 3 s) and a rebuild on a loaded machine. */
    private static final Duration IN_SERVICE_WITHIN = Duration.ofSeconds(30);

    private static Server database;
    private static PackagedService a;
    private static PackagedService b;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "two-instances-").toAbsolutePath();
        database = Server.createTcpServer("-tcpPort", "0", "-baseDir", folder.toString(), "-ifNotExists").start();
        Map<String, String> environment = Map.of("DB_URL", "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/assistant",
                "ADMIN_TOKEN", TOKEN);
        a = PackagedService.start(Map.of(), environment);
        b = PackagedService.start(Map.of(), environment);
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void anEditorOnOneInstanceAssignsAQuestionAndFixesAGuideTheOtherAnswersWithItAndAViewerCannotEdit() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String question = "tôi muốn dẹp sạp bán vé số ngoài chợ";
        assertNotEquals("hkd-cham-dut-hoat-dong", ask(a, question).get("procedureId"));
        assertNotEquals("hkd-cham-dut-hoat-dong", ask(b, question).get("procedureId"));
        account("editor-" + suffix, "editor");
        account("viewer-" + suffix, "viewer");

        browse(30);
        logIn(page(a), "editor-" + suffix, StaffAccountsTest.PASSWORD);
        assertEquals("", driver.executeScript("return document.cookie"), "the session cookie is HttpOnly");

        // Assign the question to the procedure it should have got.
        WebElement row = wait.until(d -> questionRow(d, question));
        row.findElement(By.xpath(".//button[text()='Gán thủ tục…']")).click();
        driver.findElement(By.id("assign-search")).sendKeys("chấm dứt hộ kinh doanh");
        driver.findElement(By.cssSelector("#assign-search-form button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#assign-results button")).stream()
                .filter(b -> b.getText().contains("Chấm dứt hoạt động hộ kinh doanh")).findFirst().orElse(null)).click();
        driver.findElement(By.id("assign-submit")).click();
        wait.until(d -> d.findElement(By.id("assign-result")).getText().startsWith("Đã gán"));
        assertEquals("hkd-cham-dut-hoat-dong", ask(a, question).get("procedureId"), "in service on A when the page says so");
        wait.until(d -> {
            WebElement assigned = questionRow(d, question);
            return assigned != null && assigned.getText().contains("Đã gán");
        });

        // Edit a guide with a mistake: refused, with its line; fix it, preview, save.
        new Select(driver.findElement(By.id("guide-file"))).selectByValue(GUIDE);
        driver.findElement(By.id("guide-open")).click();
        WebElement text = wait.until(d -> {
            WebElement area = d.findElement(By.id("guide-text"));
            return area.isDisplayed() && area.getDomProperty("value").contains("## result") ? area : null;
        });
        String original = text.getDomProperty("value");
        String broken = original.replace("## result", "## ket_qua");
        int line = Arrays.asList(broken.split("\n", -1)).indexOf("## ket_qua") + 1;
        driver.executeScript("arguments[0].value = arguments[1]", text, broken);
        driver.findElement(By.id("guide-save")).click();
        wait.until(d -> d.findElement(By.id("guide-result")).getText().contains("unknown section 'ket_qua'"));
        assertEquals("Lỗi ở dòng " + line, driver.findElement(By.id("guide-line")).getText());
        given().port(a.port).when().get("/api/v1/procedures/dvc-tra-cuu-ho-so").then().body("sections.result",
                org.hamcrest.Matchers.not(containsString("ket_qua")));

        String marker = "Tra cứu được cả bằng mã hồ sơ in trên giấy hẹn " + suffix + ".";
        // The marker goes into the section that answers the question asked below, whichever that is.
        String aspect = (String) ask(b, TRACKING_QUESTION).get("aspect");
        String fixed = original.replaceFirst("## " + aspect + "\n((\\? .*\n)*)", "## " + aspect + "\n$1" + marker + "\n");
        driver.executeScript("arguments[0].value = arguments[1]", text, fixed);
        driver.findElement(By.id("guide-preview")).click();
        wait.until(d -> d.findElement(By.id("guide-preview-area")).getText().contains(marker));
        // Each section as the widget shows it: the numbered steps as an ordered list, an item's lead in bold.
        WebElement steps = driver.findElements(By.cssSelector("#guide-preview-area article")).get(3);
        assertTrue(steps.findElement(By.tagName("h3")).getText().endsWith(" – Các bước thực hiện"), steps.getText());
        assertEquals(4, steps.findElements(By.cssSelector("ol li")).size(), steps.getText());
        screenshot(steps, "admin-page-preview");

        // Meanwhile a second editor saves the same guide through instance B: this save is refused and nothing is lost,
        // the editor sees the other's text in the box and their own below, and saves both over the other's revision.
        String theirs = "Tra cứu nhiều lần vẫn không mất phí " + suffix + ".";
        String theirContent = original.replaceFirst("## fees\n((\\? .*\n)*)", "## fees\n$1" + theirs + "\n");
        account("second-" + suffix, "editor");
        String second = given().port(b.port).contentType(ContentType.JSON)
                .body(Map.of("username", "second-" + suffix, "password", StaffAccountsTest.PASSWORD))
                .when().post(AdminGuard.SESSION_PATH).then().statusCode(200).extract().cookie(AdminGuard.SESSION_COOKIE);
        given().port(b.port).cookie(AdminGuard.SESSION_COOKIE, second).contentType(ContentType.JSON)
                .body(Map.of("content", theirContent, "revision", 0, "reason", "phí tra cứu"))
                .when().put("/api/v1/admin/knowledge-base/files/" + GUIDE).then().statusCode(200).body("revision", equalTo(1));
        driver.findElement(By.id("guide-save")).click();
        wait.until(d -> d.findElement(By.id("guide-result")).getText().startsWith("second-" + suffix + " đã lưu bản 1 lúc"));
        assertEquals(theirContent, text.getDomProperty("value"));
        assertEquals(fixed, driver.findElement(By.id("guide-mine")).getDomProperty("value"));
        screenshot(driver, "admin-page-conflict");
        String both = theirContent.replaceFirst("## " + aspect + "\n((\\? .*\n)*)", "## " + aspect + "\n$1" + marker + "\n");
        driver.executeScript("arguments[0].value = arguments[1]", text, both);
        driver.findElement(By.id("guide-reason")).sendKeys("thêm cách tra cứu");
        driver.findElement(By.id("guide-save")).click();
        wait.until(d -> d.findElement(By.id("guide-result")).getText().startsWith("Đã lưu bản 2"));
        assertEquals("", driver.findElement(By.id("guide-line")).getText());
        assertFalse(driver.findElement(By.id("guide-conflict")).isDisplayed());
        long saved = System.nanoTime();
        screenshot(driver, "admin-page-curation");

        // Instance B answers with the new text, and the assigned question with its procedure, within seconds.
        await().atMost(IN_SERVICE_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().port(b.port).contentType(ContentType.JSON).body(Map.of("message", TRACKING_QUESTION))
                        .when().post("/api/v1/chat").then().statusCode(200)
                        .body("procedureId", equalTo("dvc-tra-cuu-ho-so")).body("text", containsString(marker)));
        System.out.printf("A guide saved through instance A's page was answered by instance B after %d ms%n",
                (System.nanoTime() - saved) / 1_000_000);
        given().port(b.port).when().get("/api/v1/procedures/dvc-tra-cuu-ho-so").then().statusCode(200)
                .body("sections.fees", containsString(theirs)).body("sections." + aspect, containsString(marker));
        assertEquals("hkd-cham-dut-hoat-dong", ask(b, question).get("procedureId"));

        // A viewer, on instance B's page, reads the guide but has no way to change it, and the API refuses if they try.
        logOut();
        logIn(page(b), "viewer-" + suffix, StaffAccountsTest.PASSWORD);
        new Select(wait.until(d -> {
            WebElement files = d.findElement(By.id("guide-file"));
            return files.findElements(By.tagName("option")).isEmpty() ? null : files;
        })).selectByValue(GUIDE);
        driver.findElement(By.id("guide-open")).click();
        wait.until(d -> d.findElement(By.id("guide-text")).getDomProperty("value").contains(marker));
        assertFalse(driver.findElement(By.id("guide-save")).isDisplayed());
        assertFalse(driver.findElement(By.id("reload")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("#questions td.actions button")).stream().noneMatch(WebElement::isDisplayed));
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/admin/knowledge-base/files/" + GUIDE + "', {method: 'PUT', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({content: 'x', revision: 1})}).then(r => done(r.status));");
        assertEquals(403L, status);
    }

    private static WebElement questionRow(WebDriver driver, String example) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#questions tr"));
        return rows.stream().filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals(example)).findFirst().orElse(null);
    }

    /** A new conversation on one instance with one question: the reply. */
    private static Map<String, Object> ask(PackagedService instance, String question) {
        return given().port(instance.port).contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** A staff account made with the token on instance A, with the password the page logs in with. */
    private static void account(String username, String role) {
        given().port(a.port).header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "role", role, "password", StaffAccountsTest.PASSWORD))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
    }

    private static String page(PackagedService instance) {
        return "http://localhost:" + instance.port + "/admin/";
    }
}
