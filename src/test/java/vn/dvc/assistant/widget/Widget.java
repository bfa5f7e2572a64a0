package vn.dvc.assistant.widget;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget as a citizen meets it on a page: everything is looked up inside its shadow root. */
final class Widget {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Widget(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    SearchContext shadow() {
        return wait.until(d -> d.findElement(By.cssSelector("dvc-assistant"))).getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    WebElement launcher() {
        return find(".launcher");
    }

    WebElement panel() {
        return find(".panel");
    }

    WebElement input() {
        return find(".input");
    }

    boolean isOpen() {
        return panel().isDisplayed();
    }

    void open() {
        launcher().click();
        awaitOpen();
    }

    /** Open, and done moving: the opening animation would otherwise shift what is measured or photographed. */
    void awaitOpen() {
        wait.until(d -> isOpen() && Boolean.TRUE.equals(driver.executeScript("return arguments[0].getAnimations().length === 0", panel())));
    }

    /** Bot messages with content: the greeting and the replies, not the typing indicator nor errors. */
    List<WebElement> replies() {
        return findAll(".msg.bot:not(.typing):not(.error)");
    }

    List<String> citizenMessages() {
        return findAll(".msg.user .bubble").stream().map(Widget::text).toList();
    }

    List<WebElement> quickReplies() {
        return findAll(".chip");
    }

    WebElement quickReply(String text) {
        return quickReplies().stream().filter(chip -> text.equals(text(chip))).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply '" + text + "' among " + quickReplies().stream().map(Widget::text).toList()));
    }

    /** Types the question, sends it with Enter and waits for the reply. */
    WebElement ask(String question) {
        int before = replies().size();
        input().sendKeys(question, Keys.ENTER);
        return awaitReply(before);
    }

    WebElement awaitReply(int repliesBefore) {
        wait.until(d -> replies().size() > repliesBefore && findAll(".typing").isEmpty());
        List<WebElement> replies = replies();
        return replies.get(replies.size() - 1);
    }

    void awaitCitizenMessages(int count) {
        wait.until(d -> citizenMessages().size() == count && findAll(".typing").isEmpty());
    }

    WebElement awaitProblem() {
        return wait.until(d -> find(".msg.error"));
    }

    void awaitText(WebElement element, String text) {
        wait.until(d -> text(element).contains(text));
    }

    String storedConversationId() {
        return (String) driver.executeScript("""
                const key = Object.keys(localStorage).find(k => k.startsWith('dvcAssistant.conversation:'));
                return key ? localStorage.getItem(key) : null;""");
    }

    /** The class of the element focused inside the widget, or null when the focus is elsewhere on the page. */
    String focusedClass() {
        return (String) driver.executeScript("""
                const host = document.activeElement;
                return host && host.shadowRoot && host.shadowRoot.activeElement ? host.shadowRoot.activeElement.className : null;""");
    }

    boolean isFocused(WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.activeElement.shadowRoot && document.activeElement.shadowRoot.activeElement === arguments[0]", element));
    }

    /** Records whether the typing indicator ever shows up from now on (it is gone by the time a reply is seen). */
    void watchForTypingIndicator() {
        driver.executeScript("""
                const log = document.querySelector('dvc-assistant').shadowRoot.querySelector('.log');
                window.typingIndicatorSeen = false;
                new MutationObserver(() => { if (log.querySelector('.typing')) window.typingIndicatorSeen = true; })
                    .observe(log, { childList: true });""");
    }

    boolean typingIndicatorSeen() {
        return Boolean.TRUE.equals(driver.executeScript("return window.typingIndicatorSeen"));
    }

    /** The text as the DOM holds it, hidden screen-reader words included: no layout guessing. */
    static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }
}
