package vn.dvc.assistant.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dvc.assistant.widget.Chromium;

/** What the admin page's browser tests share: one Chromium per class, logging in through the page, screenshots. */
abstract class AdminPageBrowser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Chromium chromium;

    ChromeDriver driver;
    WebDriverWait wait;

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

    /** The driver, and a wait of {@code seconds} that looks again at an element the page replaced meanwhile. */
    void browse(int seconds) {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens the page at {@code page} (logged out) and logs in through its form. */
    void logIn(String page, String username, String password) {
        driver.get(page);
        wait.until(d -> d.findElement(By.id("username")).isDisplayed());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(d -> d.findElement(By.id("who")).getText().contains(username));
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
        wait.until(d -> d.findElement(By.id("login")).isDisplayed());
    }

    /** A screenshot of the whole window, or of one element, under target/screenshots. */
    static void screenshot(TakesScreenshot of, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), of.getScreenshotAs(OutputType.BYTES));
    }
}
