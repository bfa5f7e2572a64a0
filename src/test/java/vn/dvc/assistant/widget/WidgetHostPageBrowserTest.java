package vn.dvc.assistant.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/** The widget's options for the host page, its themes, the phone layout, and what a webmaster is told. */
@QuarkusTest
@Tag("browser")
class WidgetHostPageBrowserTest extends PortalBrowserTest {

    private static final String LIGHT_PANEL = "#ffffff";
    private static final String DARK_PANEL = "#1f2430";

    @Test
    void theHostPageSetsOffsetsLabelStartersThemeAndOpening() {
        emulateScreen(1280, 800, false);
        widget = firstVisitOf(portal.url(PortalSite.OPTIONS));
        widget.awaitOpen(); // data-open
        assertTrue(widget.findAll(".msg.user").isEmpty());
        assertFalse(widget.isFocused(widget.input()), "opened by the page, it leaves the focus where it was");
        assertEquals(List.of("Lệ phí đăng ký hộ kinh doanh", "Tra cứu hồ sơ"), widget.quickReplies().stream().map(Widget::text).toList());
        assertEquals(DARK_PANEL, background(widget.find(".composer")), "data-theme=dark");

        widget.find(".head button[aria-label='Đóng trợ lý']").click();
        WebElement launcher = widget.launcher();
        assertEquals("Hỏi trợ lý", Widget.text(launcher.findElement(By.cssSelector(".launcher-label"))));
        Map<?, ?> box = (Map<?, ?>) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return { left: r.left, bottom: innerHeight - r.bottom, wide: r.width > 100 };""", launcher);
        assertEquals(Map.of("left", 32L, "bottom", 90L, "wide", true), box, "data-offset-side 2rem, data-offset-bottom 90, the label beside the icon");

        driver.navigate().refresh();
        widget = new Widget(driver);
        assertFalse(widget.isOpen(), "closed by the citizen, it stays closed on the next page");
    }

    @Test
    void followsTheSystemsDarkSchemeUnlessThePageSetsOne() {
        widget.open();
        assertEquals(LIGHT_PANEL, background(widget.find(".composer")));
        emulateDarkScheme();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> DARK_PANEL.equals(background(widget.find(".composer"))));
        assertEquals("#8a1538", Color.fromString(widget.launcher().getCssValue("background-color")).asHex(),
                "the portal's colour stays in the dark");
    }

    @Test
    void onAPhoneThePageBehindNeitherScrollsNorTakesTheFocus() {
        emulateScreen(390, 844, true);
        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.open();
        assertEquals("hidden", driver.executeScript("return getComputedStyle(document.documentElement).overflow"));
        assertEquals("true", widget.panel().getDomAttribute("aria-modal"));
        widget.ask(QUESTION);

        Actions keyboard = new Actions(driver);
        for (int i = 0; i < 40; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            assertNotNull(widget.focusedClass(), "Tab left the panel after " + (i + 1) + " presses");
        }
        for (int i = 0; i < 10; i++) {
            keyboard.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertNotNull(widget.focusedClass(), "Shift+Tab left the panel");
        }
        for (String target : List.of(".head .icon-button", ".chip", ".rate", ".act", ".send", ".input")) {
            for (WebElement element : widget.findAll(target)) {
                if (element.isDisplayed()) {
                    Map<?, ?> box = boxOf(element);
                    assertTrue(((Number) box.get("width")).doubleValue() >= 44 && ((Number) box.get("height")).doubleValue() >= 44,
                            target + " is " + box + ", under 44 px");
                }
            }
        }

        widget.find(".head button[aria-label='Đóng trợ lý']").click();
        assertEquals("visible", driver.executeScript("return getComputedStyle(document.documentElement).overflow"),
                "the page scrolls again once closed");
    }

    @Test
    void tellsTheWebmasterWhenTheApiRefusesThePagesOrigin() {
        try (PortalSite refused = PortalSite.startOffTheAllowList(assistantOrigin())) {
            String recorder = (String) ((Map<?, ?>) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.consoleErrors = []; const error = console.error; "
                            + "console.error = (...a) => { window.consoleErrors.push(a.join(' ')); error(...a); };"))).get("identifier");
            try {
                widget = firstVisitOf(refused.url("/"));
                widget.open();
                widget.input().sendKeys(QUESTION, Keys.ENTER);
                widget.awaitProblem();
                String errors = (String) new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                    Object logged = driver.executeScript("return window.consoleErrors.join('\\n')");
                    return logged != null && !logged.toString().isEmpty() ? logged : null;
                });
                assertTrue(errors.contains("refuses requests from this page (" + refused.origin() + ")")
                        && errors.contains("ASSISTANT_CORS_ORIGINS"), errors);
            } finally {
                driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
            }
        }
    }

    @Test
    void screenshotsOnDesktopAndPhoneInLightAndDark() throws IOException {
        emulateScreen(1280, 800, false);
        widget.open();
        widget.ask(QUESTION);
        assertEquals(Map.of("left", 20L, "top", 108L, "width", 380L, "height", 600L), boxOf(widget.panel()),
                "above the launcher, on the left as data-position asks");
        screenshot("widget-desktop.png");
        emulateDarkScheme();
        screenshot("widget-desktop-dark.png");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

        emulateScreen(390, 844, true);
        driver.navigate().refresh();
        widget = new Widget(driver);
        widget.awaitOpen();
        widget.awaitCitizenMessages(1);
        assertEquals(Map.of("left", 0L, "top", 0L, "width", 390L, "height", 844L), boxOf(widget.panel()), "full screen on a phone");
        assertFalse(widget.launcher().isDisplayed());
        screenshot("widget-mobile.png");
        emulateDarkScheme();
        screenshot("widget-mobile-dark.png");

        widget.find("button[aria-label='Cuộc trò chuyện mới']").click();
        widget.ask("hộ kinh doanh");
        screenshot("widget-mobile-dark-clarify.png");
    }

    private static String background(WebElement element) {
        return Color.fromString(element.getCssValue("background-color")).asHex();
    }
}
