package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.dvc.assistant.curation.CurationProfile;

/**
 * Staff close the loop in a real Chromium: an editor logs in, assigns a question to its procedure, edits a guide with
 * a mistake (refused, the line shown), fixes it, previews and saves it, and the chat answers with the new text; a
 * viewer sees the guides but cannot change them.
 */
@QuarkusTest
@TestProfile(CurationProfile.class)
@Tag("browser")
class CurationPageBrowserTest extends AdminPageBrowser {

    private static final String GUIDE = "procedures/dvc-tra-cuu-ho-so.md";
    private static final String TRACKING_QUESTION = "tra cứu tình trạng hồ sơ như thế nào";

    @TestHTTPResource("/admin/")
    URL page;

    @Test
    void anEditorAssignsAQuestionAndFixesAGuideAndAViewerCannotEdit() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String question = "tôi muốn dẹp sạp bán vé số ngoài chợ";
        assertNotEquals("hkd-cham-dut-hoat-dong", ask(question).get("procedureId"));
        StaffAccountsTest.staffSession("editor-" + suffix, "editor");
        StaffAccountsTest.staffSession("viewer-" + suffix, "viewer");

        browse(30);
        logIn(page.toString(), "editor-" + suffix, StaffAccountsTest.PASSWORD);
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
        assertEquals("hkd-cham-dut-hoat-dong", ask(question).get("procedureId"));
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
        given().when().get("/api/v1/procedures/dvc-tra-cuu-ho-so").then().body("sections.result", org.hamcrest.Matchers.not(
                containsString("ket_qua")));

        String marker = "Tra cứu được cả bằng mã hồ sơ in trên giấy hẹn " + suffix + ".";
        // The marker goes into the section that answers the question asked below, whichever that is.
        String aspect = (String) ask(TRACKING_QUESTION).get("aspect");
        String fixed = original.replaceFirst("## " + aspect + "\n((\\? .*\n)*)", "## " + aspect + "\n$1" + marker + "\n");
        driver.executeScript("arguments[0].value = arguments[1]", text, fixed);
        driver.findElement(By.id("guide-preview")).click();
        wait.until(d -> d.findElement(By.id("guide-preview-area")).getText().contains(marker));
        driver.findElement(By.id("guide-reason")).sendKeys("thêm cách tra cứu");
        driver.findElement(By.id("guide-save")).click();
        wait.until(d -> d.findElement(By.id("guide-result")).getText().startsWith("Đã lưu bản"));
        assertEquals("", driver.findElement(By.id("guide-line")).getText());
        given().contentType(ContentType.JSON).body(Map.of("message", TRACKING_QUESTION))
                .when().post("/api/v1/chat").then().statusCode(200)
                .body("procedureId", equalTo("dvc-tra-cuu-ho-so")).body("text", containsString(marker));
        screenshot(driver, "admin-page-curation");

        // A viewer reads the guide but has no way to change it, and the API refuses if they try.
        logOut();
        logIn(page.toString(), "viewer-" + suffix, StaffAccountsTest.PASSWORD);
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

    private static Map<String, Object> ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath().getMap("");
    }
}
