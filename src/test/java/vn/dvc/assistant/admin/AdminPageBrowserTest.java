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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;


/** The admin page in a real Chromium, under its Content-Security-Policy, over turns citizens sent through the chat API. */
@QuarkusTest
@TestProfile(AdminProfile.class)
@Tag("browser")
class AdminPageBrowserTest extends AdminPageBrowser {

    private static final String ANSWERED = "chấm dứt hộ kinh doanh cần giấy tờ gì";

    @TestHTTPResource("/admin/")
    URL page;

    @Test
    void anAdminLogsInAndFollowsAGroupedQuestionToItsConversations() throws IOException {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        String withDiacritics = "Tôi muốn làm hộ chiếu " + tag;
        ask(withDiacritics);
        ask("toi muon lam ho chieu " + tag);
        String injected = "<img src=x onerror=alert(1)> hộ chiếu " + tag;
        ask(injected);
        AdminApiTest.ask(ANSWERED, "answer");
        earlierDays();

        browse(20);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI), true);"));
        String username = "admin-" + tag;
        given().header("Authorization", "Bearer " + AdminProfile.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "role", "admin", "password", "mật khẩu quản trị 2026"))
                .when().post("/api/v1/admin/staff").then().statusCode(201);
        logIn(page.toString(), username, "mật khẩu quản trị 2026");

        WebElement group = wait.until(d -> questionRow(d, "toi muon lam ho chieu " + tag, withDiacritics));
        assertEquals("2", group.findElements(By.tagName("td")).get(1).getText());
        assertEquals("ngoài phạm vi", group.findElements(By.tagName("td")).get(3).getText());
        assertEquals("Chưa xử lý", group.findElements(By.tagName("td")).get(4).getText());
        WebElement injectedRow = wait.until(d -> questionRow(d, injected, injected));
        assertEquals(List.of(), injectedRow.findElements(By.tagName("img")), "citizen text is shown as text");

        screenshot(driver, "admin-page-overview");
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

        // The trends, drawn as SVG by the page: a band per day of the period with the day's numbers, today's as the API's.
        List<WebElement> days = wait.until(d -> {
            List<WebElement> groups = d.findElements(By.cssSelector("#trends-charts figure:first-of-type g.day"));
            return groups.size() == 30 ? groups : null;
        });
        io.restassured.path.json.JsonPath trends = given().header("Authorization", "Bearer " + AdminProfile.TOKEN).when()
                .get("/api/v1/admin/trends").then().statusCode(200).extract().jsonPath();
        Map<String, Object> today = trends.getMap("days[29]");
        String title = days.get(29).findElement(By.tagName("title")).getAttribute("textContent");
        assertTrue(title.contains(": " + today.get("questions") + " lượt hỏi – " + today.get("answers") + " trả lời, "
                + today.get("clarifications") + " hỏi lại, " + today.get("fallbacks") + " ngoài phạm vi"), title);
        assertTrue((Integer) today.get("fallbacks") >= 3, today.toString());
        assertTrue(days.get(29).findElements(By.cssSelector("rect.bar-fallback")).size() == 1, "today's fallbacks are drawn");
        List<WebElement> ratings = driver.findElements(By.cssSelector("#trends-charts figure:last-of-type g.day"));
        assertEquals(30, ratings.size(), "the ratings chart");
        assertEquals(List.of(1, 1), List.of(days.get(17).findElements(By.cssSelector("rect.bar-answer")).size(),
                days.get(17).findElements(By.cssSelector("rect.bar-fallback")).size()), "twelve days ago");
        assertEquals(1, ratings.get(17).findElements(By.cssSelector("rect.bar-up")).size());
        assertEquals(1, ratings.get(24).findElements(By.cssSelector("rect.bar-down")).size(), "five days ago");
        WebElement web = wait.until(d -> d.findElements(By.cssSelector("#trends-channels tr")).stream()
                .filter(r -> r.getText().startsWith("Web ")).findFirst().orElse(null));
        assertTrue(web.getText().startsWith("Web " + trends.getInt("channels.find { it.channel == 'web' }.questions") + " "
                + trends.getInt("channels.find { it.channel == 'web' }.answers") + " "), web.getText());
        screenshot(driver.findElement(By.cssSelector("section[aria-labelledby=trends-title]")), "admin-page-trends");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("trends-channel"))).selectByValue("zalo");
        wait.until(d -> d.findElement(By.id("trends-summary")).getText().contains(": 0 lượt hỏi"));

        // A top procedure leads to the conversations it answered; their turn to the guide's section in the editor.
        driver.findElement(By.xpath("//ol[@id='top-procedures']//button[text()='Chấm dứt hoạt động hộ kinh doanh']")).click();
        wait.until(d -> d.findElement(By.id("question-filter")).getText().startsWith("Thủ tục: Chấm dứt hoạt động hộ kinh doanh"));
        wait.until(d -> d.findElements(By.cssSelector("#conversations tr")).stream()
                .filter(r -> r.getText().contains(ANSWERED)).findFirst().orElse(null)).click();
        wait.until(d -> d.findElement(By.xpath("//ol[@id='turns']//button[starts-with(text(), 'Mở hướng dẫn')]")))
                .click();
        WebElement guide = wait.until(d -> {
            WebElement area = d.findElement(By.id("guide-text"));
            return area.isDisplayed() && area.getDomProperty("value").contains("\nid: hkd-cham-dut-hoat-dong\n") ? area : null;
        });
        assertEquals("## documents", driver.executeScript(
                "const a = arguments[0]; return a.value.substring(a.selectionStart, a.selectionEnd);", guide));

        // Channels' health: both off in this profile, each saying what to set.
        wait.until(d -> d.findElement(By.id("channel-states")).getText().contains("Đang tắt: chưa đặt MESSENGER_APP_SECRET"));
        assertTrue(driver.findElement(By.id("failed-sends")).getText().contains("Không có tin trả lời nào chưa gửi được."));

        screenshot(driver, "admin-page-conversation");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(List.of(), driver.executeScript("return window.cspViolations"));
        assertEquals("", driver.executeScript("return document.cookie"), "the session is an HttpOnly cookie, out of the script's reach");
        assertEquals(0L, driver.executeScript("return sessionStorage.length + localStorage.length"));
    }

    /** Answers and ratings twelve and five days ago, so that the chart has more than today to draw. */
    private static void earlierDays() {
        String up = AdminApiTest.ask(ANSWERED, "answer");
        String alsoAnswered = AdminApiTest.ask("lệ phí chấm dứt hộ kinh doanh bao nhiêu", "answer");
        String down = AdminApiTest.ask(ANSWERED, "answer");
        String fallback = AdminApiTest.ask("đổi bằng lái xe ở đâu zqearlier", "fallback");
        TrendsTest.rate(up, 1, true);
        TrendsTest.rate(down, 1, false);
        Instant twelveDaysAgo = Instant.now().minus(Duration.ofDays(12));
        Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
        QuarkusTransaction.requiringNew().run(() -> {
            TrendsTest.move(up, 1, twelveDaysAgo);
            TrendsTest.rated(up, twelveDaysAgo);
            TrendsTest.move(alsoAnswered, 1, twelveDaysAgo);
            TrendsTest.move(fallback, 1, twelveDaysAgo);
            TrendsTest.move(down, 1, fiveDaysAgo);
            TrendsTest.rated(down, fiveDaysAgo);
        });
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
