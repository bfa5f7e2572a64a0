package vn.dvc.assistant.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

import vn.dvc.assistant.feedback.Feedback;

/**
 * The widget in a real Chromium, embedded with its one line on a portal page of another origin whose
 * stylesheet is hostile, talking to the running service.
 */
@QuarkusTest
@Tag("browser")
class WidgetBrowserTest extends PortalBrowserTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    @Test
    void answersOnAPortalOfAnotherOriginAndFollowsQuickReplies() {
        assertNotEquals(assistantOrigin(), driver.executeScript("return location.origin"));
        widget.open();
        assertEquals("Trợ lý Cổng thử nghiệm", Widget.text(widget.find(".title")));
        assertEquals("Chào anh/chị, đây là lời chào của cổng thử nghiệm.", Widget.text(widget.replies().get(0).findElement(By.cssSelector(".bubble"))));
        assertEquals("Cuộc trò chuyện được lưu 30 ngày để cải thiện dịch vụ.", Widget.text(widget.find(".notice")));

        widget.watchForTypingIndicator();
        WebElement answer = widget.ask(QUESTION);
        assertTrue(widget.typingIndicatorSeen(), "a typing indicator shows while the reply is on its way");
        assertTrue(Widget.text(answer).contains("Hồ sơ cần chuẩn bị"), Widget.text(answer));
        assertFalse(answer.findElements(By.cssSelector("ul > li")).isEmpty(), "the '- ' lines are a list");
        WebElement source = answer.findElement(By.cssSelector(".sources a"));
        assertEquals("_blank", source.getDomAttribute("target"));
        assertEquals("noopener", source.getDomAttribute("rel"));
        assertTrue(source.getDomProperty("href").startsWith("https://"), source.getDomProperty("href"));

        widget.quickReply("Làm thế nào?").click();
        widget.awaitCitizenMessages(2);
        assertEquals(List.of(QUESTION, "Làm thế nào?"), widget.citizenMessages());
        WebElement steps = widget.replies().get(widget.replies().size() - 1);
        assertTrue(Widget.text(steps).contains("Các bước thực hiện"), Widget.text(steps));
        assertFalse(steps.findElements(By.cssSelector("ol > li")).isEmpty(), "the '1. ' lines are a numbered list");
    }

    @Test
    void statesTheServersRetentionWhenThePageSetsNone() {
        widget = firstVisitOfTheDemoPage(); // its tag has no data-retention
        widget.open();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Widget.text(widget.find(".notice"))
                .equals("Cuộc trò chuyện được lưu 90 ngày để cải thiện dịch vụ. "
                        + "Số điện thoại, số CCCD, email và mã số thuế được che trước khi lưu."));
    }

    @Test
    void bringsTheConversationBackAfterAReloadAndOnAnotherPage() {
        widget.open();
        widget.ask(QUESTION);
        String conversation = widget.storedConversationId();
        assertNotNull(conversation);

        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.awaitOpen(); // it was open: it opens again, with the history from the server
        widget.awaitCitizenMessages(1);
        assertEquals(List.of(QUESTION), widget.citizenMessages());
        assertTrue(Widget.text(widget.replies().get(1)).contains("Hồ sơ cần chuẩn bị"));

        widget.find(".head button[aria-label='Đóng trợ lý']").click();
        driver.get(portal.url("/other.html"));
        widget = new Widget(driver);
        assertFalse(widget.isOpen());
        widget.open();
        widget.awaitCitizenMessages(1);
        assertEquals(conversation, widget.storedConversationId());

        widget.find("button[aria-label='Cuộc trò chuyện mới']").click();
        assertEquals(List.of(), widget.citizenMessages());
        assertEquals(1, widget.replies().size(), "only the greeting is left");
        assertNull(widget.storedConversationId());
        widget.ask("xin chào");
        assertNotEquals(conversation, widget.storedConversationId());
    }

    @Test
    void startsAfreshWhenTheServerNoLongerKnowsTheStoredConversation() {
        String key = "dvcAssistant.conversation:" + assistantOrigin();
        driver.executeScript("localStorage.setItem(arguments[0], '3f2b8c1e-0000-4000-8000-000000000000')", key);
        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.open();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> widget.storedConversationId() == null);
        assertTrue(widget.findAll(".msg.error").isEmpty(), "an expired conversation is no error for the citizen");
        assertEquals(1, widget.replies().size(), "only the greeting");
        widget.ask(QUESTION);
        assertNotNull(widget.storedConversationId());
    }

    @Test
    void showsMarkupAsTextAndRunsNothing() {
        driver.executeScript("window.alert = () => { window.alertCalls = (window.alertCalls || 0) + 1; };");
        widget.open();
        widget.ask(XSS);
        assertEquals(List.of(XSS), widget.citizenMessages());
        assertNoInjectedMarkup();
        assertNull(driver.executeScript("return window.alertCalls"), "alert() was called");

        // The history path renders the same message from the server: still text.
        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.awaitCitizenMessages(1);
        assertEquals(List.of(XSS), widget.citizenMessages());
        assertNoInjectedMarkup();
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void recordsAThumbAtOnceAndTheCommentAfterwards() {
        widget.open();
        WebElement first = widget.ask(QUESTION);
        WebElement up = first.findElement(By.cssSelector("button[aria-label='Hữu ích']"));
        up.click();
        widget.awaitText(first, "Cảm ơn anh/chị đã góp ý.");
        assertEquals("true", up.getDomAttribute("aria-pressed"), "the chosen thumb shows as chosen");
        assertEquals("false", first.findElement(By.cssSelector("button[aria-label='Không hữu ích']")).getDomAttribute("aria-pressed"));
        assertFalse(up.isEnabled(), "an answer is rated once");
        assertTrue(first.findElements(By.cssSelector(".comment")).isEmpty(), "no comment asked for a thumb up");

        int before = widget.replies().size();
        widget.quickReply("Lệ phí bao nhiêu?").click();
        WebElement second = widget.awaitReply(before);
        WebElement down = second.findElement(By.cssSelector("button[aria-label='Không hữu ích']"));
        down.click();
        WebElement comment = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> second.findElement(By.cssSelector("input[aria-label='Góp ý thêm (không bắt buộc)']")));
        String conversation = widget.storedConversationId();
        // The vote is on record before any comment, and stays if none is sent.
        assertEquals(2, feedbackOn(conversation).size());
        assertFalse(feedbackOn(conversation).get(1).useful);
        assertNull(feedbackOn(conversation).get(1).comment);
        assertEquals("true", down.getDomAttribute("aria-pressed"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> widget.isFocused(comment));
        comment.sendKeys("Chưa rõ mức lệ phí ở tỉnh tôi", Keys.ENTER);
        widget.awaitText(second, "Cảm ơn anh/chị đã góp ý.");
        assertTrue(second.findElements(By.cssSelector(".comment")).isEmpty());

        List<Feedback> stored = feedbackOn(conversation);
        assertEquals(2, stored.size());
        assertEquals(1, stored.get(0).turn);
        assertTrue(stored.get(0).useful);
        assertNull(stored.get(0).comment);
        assertEquals(2, stored.get(1).turn);
        assertFalse(stored.get(1).useful);
        assertEquals("Chưa rõ mức lệ phí ở tỉnh tôi", stored.get(1).comment);

        // After a reload the buttons are back, but the server keeps the first verdict.
        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.awaitCitizenMessages(2);
        WebElement again = widget.replies().get(1);
        again.findElement(By.cssSelector("button[aria-label='Không hữu ích']")).click();
        widget.awaitText(again, "Cảm ơn anh/chị đã góp ý.");
        assertTrue(again.findElements(By.cssSelector(".comment")).isEmpty(), "nothing more to say on a rated answer");
        assertTrue(feedbackOn(conversation).get(0).useful);
        assertEquals(2, feedbackOn(conversation).size());
    }

    @Test
    void worksWithTheKeyboardAlone() {
        Actions keyboard = new Actions(driver);
        for (int tabs = 0; tabs < 20 && !"launcher".equals(widget.focusedClass()); tabs++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals("launcher", widget.focusedClass(), "Tab reaches the launcher");

        keyboard.sendKeys(Keys.ENTER).perform();
        widget.awaitOpen();
        assertEquals("input", widget.focusedClass(), "opening puts the focus in the input");

        int before = widget.replies().size();
        keyboard.sendKeys(QUESTION).sendKeys(Keys.ENTER).perform();
        widget.awaitReply(before);

        keyboard.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("chip", widget.focusedClass(), "Shift+Tab from the input reaches the quick replies");
        String chip = (String) driver.executeScript("return document.activeElement.shadowRoot.activeElement.textContent");
        keyboard.sendKeys(Keys.ENTER).perform();
        widget.awaitCitizenMessages(2);
        assertEquals(chip, widget.citizenMessages().get(1));
        assertEquals("input", widget.focusedClass());

        keyboard.sendKeys(Keys.ESCAPE).perform();
        assertFalse(widget.isOpen());
        assertEquals("launcher", widget.focusedClass(), "Escape returns the focus to the launcher");
        assertEquals("false", widget.launcher().getDomAttribute("aria-expanded"));
    }

    @Test
    void movesOnlyWhenTheCitizenAllowsMotion() {
        widget.open();
        assertEquals("dvc-in", widget.panel().getCssValue("animation-name"));
        widget.find(".head button[aria-label='Đóng trợ lý']").click();

        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            widget.open();
            assertEquals("none", widget.panel().getCssValue("animation-name"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void neitherBreaksThePageNorIsBrokenByIt() {
        // Checked before Selenium looks inside the widget: its own lookups leave globals of their own.
        assertEquals(List.of("DvcAssistant"), driver.executeScript(
                "return Object.keys(window).filter(k => !portalGlobals.includes(k) && k !== 'portalGlobals')"),
                "one namespaced global at most");

        WebElement launcher = widget.launcher();
        assertTrue(launcher.isDisplayed());
        assertEquals("#8a1538", Color.fromString(launcher.getCssValue("background-color")).asHex(),
                "data-primary-color wins over the page's button rule");
        Map<?, ?> box = (Map<?, ?>) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return { left: r.left, bottom: innerHeight - r.bottom, width: r.width };""", launcher);
        assertEquals(Map.of("left", 20L, "bottom", 20L, "width", 60L), box, "bottom-left, unscaled by the page's transform");

        widget.open();
        assertFalse(widget.find(".root").getCssValue("font-family").contains("Courier"));
        assertEquals("380px", widget.panel().getCssValue("width"));
        widget.ask(QUESTION);

        assertEquals("#ff00ff", Color.fromString(driver.findElement(By.id("portal-button")).getCssValue("background-color")).asHex(),
                "the widget's styles stay out of the page");
        assertEquals(1L, driver.executeScript("return document.querySelectorAll('style, link[rel=stylesheet]').length"),
                "no stylesheet added to the page");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertFalse(requested.isEmpty());
        for (String url : requested) {
            assertTrue(url.startsWith(portal.origin() + "/") || url.startsWith(assistantOrigin() + "/"),
                    "request to a third party: " + url);
        }
    }

    @Test
    void offersARetryWhenTheServerCannotBeReached() {
        widget.open();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        widget.input().sendKeys(QUESTION, Keys.ENTER);
        WebElement problem = widget.awaitProblem();
        assertTrue(Widget.text(problem).startsWith("Không kết nối được máy chủ."), Widget.text(problem));

        driver.deleteNetworkConditions();
        int before = widget.replies().size();
        problem.findElement(By.cssSelector("button")).click();
        WebElement answer = widget.awaitReply(before);
        assertTrue(Widget.text(answer).contains("Hồ sơ cần chuẩn bị"));
        assertEquals(List.of(QUESTION), widget.citizenMessages(), "the retry does not repeat the question");
        assertTrue(widget.findAll(".msg.error").isEmpty());
    }

    private void assertNoInjectedMarkup() {
        assertTrue(widget.findAll("img").isEmpty(), "an <img> was created from text");
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('img').length"));
    }

    /** The demo page as on a first visit: another test may have left the widget open on this origin. */
    private Widget firstVisitOfTheDemoPage() {
        return firstVisitOf(assistantOrigin() + "/");
    }

    @Test
    void worksOnTheDemoPageUnderItsContentSecurityPolicy() {
        // Recorded from the first byte of every page, so a violation while the page loads is seen too.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI), true);"));
        Widget demo = firstVisitOfTheDemoPage();
        demo.open();
        assertEquals("fixed", driver.executeScript("return getComputedStyle(arguments[0]).position", demo.launcher()),
                "the widget's own stylesheet applies");
        WebElement answer = demo.ask(QUESTION);
        assertTrue(Widget.text(answer).contains("Hồ sơ cần chuẩn bị"), Widget.text(answer));
        assertEquals(List.of(), driver.executeScript("return window.cspViolations"));
    }

}
