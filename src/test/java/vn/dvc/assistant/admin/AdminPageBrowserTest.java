package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.dvc.assistant.widget.Chromium;

/** The admin page in a real Chromium, under its Content-Security-Policy, over turns citizens sent through the chat API. */
@QuarkusTest
@TestProfile(AdminProfile.class)
@Tag("browser")
class AdminPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Chromium chromium;

    @TestHTTPResource("/admin/")
    URL page;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAdminLogsInAndFollowsAGroupedQuestionToItsConversations() throws IOException {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        String withDiacritics = "Tôi muốn làm hộ chiếu " + tag;
        ask(withDiacritics);
        ask("toi muon lam ho chieu " + tag);
        String injected = "<img src=x onerror=alert(1)> hộ chiếu " + tag;
        ask(injected);

        ChromeDriver driver = chromium.driver();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI), true);"));
        driver.get(page.toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String username = "admin-" + tag;
        given().header("Authorization", "Bearer " + AdminProfile.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "role", "admin", "password", "mật khẩu quản trị 2026"))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        wait.until(d -> d.findElement(By.id("username")).isDisplayed());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("mật khẩu quản trị 2026");
        driver.findElement(By.cssSelector("#login-form button")).click();

        WebElement group = wait.until(d -> questionRow(d, "toi muon lam ho chieu " + tag, withDiacritics));
        assertEquals("2", group.findElements(By.tagName("td")).get(1).getText());
        assertEquals("ngoài phạm vi", group.findElements(By.tagName("td")).get(3).getText());
        assertEquals("Chưa xử lý", group.findElements(By.tagName("td")).get(4).getText());
        WebElement injectedRow = wait.until(d -> questionRow(d, injected, injected));
        assertEquals(List.of(), injectedRow.findElements(By.tagName("img")), "citizen text is shown as text");

        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("admin-page-overview.png"), driver.getScreenshotAs(OutputType.BYTES));
        group.click();
        wait.until(d -> d.findElement(By.id("question-filter")).isDisplayed());
        List<WebElement> conversations = wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#conversations tr"));
            return rows.size() == 2 ? rows : null;
        });
        conversations.get(1).click();
        WebElement turn = wait.until(d -> d.findElement(By.cssSelector("#turns li .question")));
        assertEquals(withDiacritics, turn.getText());
        assertTrue(driver.findElement(By.cssSelector("#turns li .reply")).getText().contains("1800 1096"));

        String guides;
        try (var files = Files.list(Path.of("knowledge-base", "procedures"))) {
            guides = String.valueOf(files.filter(f -> f.toString().endsWith(".md")).count());
        }
        driver.findElement(By.id("reload")).click();
        wait.until(d -> d.findElement(By.id("reload-result")).getText().startsWith("Đã nạp " + guides + " hướng dẫn"));
        // The shipped guides and the national profile were all checked within 180 days: the review list says so.
        assertTrue(driver.findElement(By.id("review")).getText().startsWith("Mọi hướng dẫn và hồ sơ tỉnh, thành phố đã được kiểm tra"),
                driver.findElement(By.id("review")).getText());

        Files.write(SCREENSHOTS.resolve("admin-page-conversation.png"), driver.getScreenshotAs(OutputType.BYTES));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(List.of(), driver.executeScript("return window.cspViolations"));
        assertEquals("", driver.executeScript("return document.cookie"), "the session is an HttpOnly cookie, out of the script's reach");
        assertEquals(0L, driver.executeScript("return sessionStorage.length + localStorage.length"));
    }

    /** The row of the questions table whose example is {@code example}, when it shows. */
    private static WebElement questionRow(org.openqa.selenium.WebDriver driver, String key, String example) {
        return driver.findElements(By.cssSelector("#questions tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).get(0).getText().equals(example)
                        || row.findElements(By.tagName("td")).get(0).getText().equals(key))
                .findFirst().orElse(null);
    }

    private static void ask(String question) {
        given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).body("type", equalTo("fallback"));
    }
}
