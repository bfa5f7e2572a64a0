package vn.dvc.assistant.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/** How the widget shows replies: their structure, the choices once, starters, links, copy, print and times. */
@QuarkusTest
@Tag("browser")
class WidgetRepliesBrowserTest extends PortalBrowserTest {

    private static final String TIME = "\\d{2}:\\d{2}";

    @Test
    void anAnswerShowsItsTitleListsAndSourceCard() {
        widget.open();
        WebElement answer = widget.ask("các bước đăng ký hộ kinh doanh");
        assertEquals("Đăng ký thành lập hộ kinh doanh – Các bước thực hiện", Widget.text(answer.findElement(By.cssSelector("h3"))));
        assertEquals(2, answer.findElements(By.cssSelector("ol")).size(), "the two ways of filing, each its numbered steps");
        assertEquals(3, answer.findElements(By.cssSelector("ol:first-of-type > li")).size());
        assertFalse(Widget.text(answer).contains("1. "), "steps are numbered by the list, not by the text");

        WebElement documents = widget.ask(QUESTION);
        WebElement lead = documents.findElement(By.cssSelector("li strong"));
        assertTrue(Widget.text(lead).endsWith(":"), "a list item's lead is bold: " + Widget.text(lead));
        WebElement card = documents.findElement(By.cssSelector(".card"));
        assertTrue(Widget.text(card).startsWith("Nguồn"), Widget.text(card));
        assertTrue(Widget.text(card).contains("Cổng Dịch vụ công quốc gia"), Widget.text(card));
        assertEquals("dichvucong.gov.vn", Widget.text(card.findElement(By.cssSelector("small"))));
        assertTrue(card.findElement(By.cssSelector("a")).getDomProperty("href").startsWith("https://dichvucong.gov.vn/"));
    }

    @Test
    void aClarifyingQuestionShowsItsChoicesOnceAsShortLabels() {
        widget.open();
        WebElement clarify = widget.ask("hộ kinh doanh");
        assertTrue(clarify.findElements(By.cssSelector("ol, ul")).isEmpty(), "the names are not listed in the bubble too");
        List<String> labels = widget.quickReplies().stream().map(Widget::text).toList();
        assertTrue(labels.size() >= 2 && labels.size() == new java.util.HashSet<>(labels).size(), labels.toString());
        assertTrue(labels.stream().allMatch(label -> label.length() <= 20), labels.toString());
        assertEquals(labels.size(), labels.stream().distinct().count());
        WebElement chip = widget.quickReply("Chấm dứt hoạt động");
        assertEquals("Chấm dứt hoạt động hộ kinh doanh", chip.getDomAttribute("title"), "the full name on hover");

        int before = widget.replies().size();
        chip.click();
        WebElement answer = widget.awaitReply(before);
        assertEquals("Chấm dứt hoạt động hộ kinh doanh", widget.citizenMessages().get(1), "the full name is what is sent");
        assertTrue(Widget.text(answer.findElement(By.cssSelector("h3"))).startsWith("Chấm dứt hoạt động hộ kinh doanh – "));
    }

    @Test
    void theEmptyPanelGreetsAndOffersTheFeaturedProcedures() {
        widget = firstVisitOf(assistantOrigin() + "/"); // the demo page: no data-greeting, no data-starters
        widget.open();
        String greeting = Widget.text(widget.replies().get(0));
        assertTrue(greeting.contains("24/7") && greeting.contains("lệ phí"), "says what it can do: " + greeting);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> widget.quickReplies().size() == 4);
        assertEquals(List.of("Đăng ký thành lập", "Thay đổi nội dung", "Tạm ngừng kinh doanh", "Chấm dứt hoạt động"),
                widget.quickReplies().stream().map(Widget::text).toList());
        int before = widget.replies().size();
        widget.quickReply("Đăng ký thành lập").click();
        WebElement answer = widget.awaitReply(before);
        assertTrue(Widget.text(answer.findElement(By.cssSelector("h3"))).startsWith("Đăng ký thành lập hộ kinh doanh"));
    }

    @Test
    void hotlinesAreTelLinksAndPortalsWebLinks() {
        widget.open();
        WebElement fallback = widget.ask("thủ tục cấp hộ chiếu phổ thông");
        WebElement hotline = fallback.findElement(By.cssSelector("a[href^='tel:']"));
        assertEquals("tel:18001096", hotline.getDomAttribute("href"));
        assertTrue(Widget.text(hotline).startsWith("1800 1096"), Widget.text(hotline));
        assertEquals("https://dichvucong.gov.vn/", fallback.findElement(By.cssSelector("a[href^='https:']")).getDomProperty("href"));
    }

    @Test
    void anAnswerCanBeCopiedAndPrinted() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", portal.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        widget.open();
        WebElement answer = widget.ask(QUESTION);
        answer.findElement(By.cssSelector("button[aria-label='Sao chép câu trả lời']")).click();
        widget.awaitText(answer, "Đã sao chép.");
        String copied = (String) driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
        assertTrue(copied.startsWith("Chấm dứt hoạt động hộ kinh doanh – Hồ sơ cần chuẩn bị"), copied);
        assertTrue(copied.contains("Nguồn: Cổng Dịch vụ công quốc gia") && copied.contains("https://dichvucong.gov.vn/"), copied);

        // The print dialog itself is the browser's; what matters is what it would print: the answer alone.
        WebElement frame = widget.find("iframe.print");
        driver.executeScript("arguments[0].contentWindow.print = () => { arguments[0].dataset.printed = 'yes'; }", frame);
        answer.findElement(By.cssSelector("button[aria-label='In câu trả lời']")).click();
        assertEquals("yes", frame.getDomAttribute("data-printed"));
        String printed = (String) driver.executeScript("return arguments[0].contentDocument.body.textContent", frame);
        assertTrue(printed.startsWith("Trợ lý Cổng thử nghiệm") && printed.contains("Hồ sơ cần chuẩn bị")
                && printed.contains("https://dichvucong.gov.vn/"), printed);
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('iframe').length"), "nothing added to the page");
    }

    @Test
    void everyMessageHasItsTimeAlsoAfterAReload() {
        widget.open();
        widget.ask(QUESTION);
        List<String> times = widget.findAll(".msg time").stream().map(Widget::text).toList();
        assertEquals(3, times.size(), "greeting, question, answer");
        assertTrue(times.stream().allMatch(t -> t.matches(TIME)), times.toString());

        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.awaitCitizenMessages(1);
        List<WebElement> reloaded = widget.findAll(".msg.user time");
        assertTrue(Widget.text(reloaded.get(0)).matches(TIME));
        assertTrue(reloaded.get(0).getDomAttribute("datetime").startsWith("20"), "the stored time, as an ISO instant");
    }

    @Test
    void theDesktopPanelWidensOnRequest() {
        emulateScreen(1280, 800, false);
        widget.open();
        WebElement expand = widget.find("button[aria-label='Mở rộng khung trò chuyện']");
        assertEquals(380L, boxOf(widget.panel()).get("width"));
        expand.click();
        assertEquals("true", expand.getDomAttribute("aria-pressed"));
        assertEquals(720L, boxOf(widget.panel()).get("width"));
        expand.click();
        assertEquals(380L, boxOf(widget.panel()).get("width"));
    }
}
