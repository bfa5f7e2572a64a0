package vn.dvc.assistant.widget;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;

import vn.dvc.assistant.feedback.Feedback;

/**
 * What the widget's browser tests share: one Chromium per class, the portal site of another origin, a first
 * visit of its home page before each test, and the screen emulations and screenshots.
 */
abstract class PortalBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Answered from hkd-cham-dut-hoat-dong / documents, a section written as a "- " list. */
    static final String QUESTION = "chấm dứt hộ kinh doanh cần giấy tờ gì";

    static Chromium chromium;
    static PortalSite portal;

    @TestHTTPResource("/")
    URL assistant;

    ChromeDriver driver;
    Widget widget;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopAll() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (portal != null) {
            portal.close();
            portal = null;
        }
    }

    @BeforeEach
    void firstVisit() {
        if (portal == null) {
            portal = PortalSite.start(assistantOrigin());
        }
        driver = chromium.driver();
        widget = firstVisitOf(portal.url("/"));
    }

    @AfterEach
    void backToNormal() {
        driver.deleteNetworkConditions();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The page as on a first visit of its origin: another test may have left a conversation or the widget open. */
    Widget firstVisitOf(String url) {
        driver.get(url);
        driver.executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.navigate().refresh();
        return new Widget(driver);
    }

    void emulateScreen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    void emulateDarkScheme() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    Map<?, ?> boxOf(WebElement element) {
        return (Map<?, ?>) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return { left: r.left, top: r.top, width: r.width, height: r.height };""", element);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    static List<Feedback> feedbackOn(String conversation) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Feedback.<Feedback>list("conversationId = ?1 order by turn", conversation));
    }

    String assistantOrigin() {
        return assistant.getProtocol() + "://" + assistant.getAuthority();
    }
}
