package vn.dvc.assistant.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.dvc.assistant.channels.PlatformStub;
import vn.dvc.assistant.channels.StubJournal;

/**
 * Channels' health in a real Chromium: Messenger (the platforms' stub) refuses a reply; an editor sees both channels'
 * state and the refused reply with the platform's error, resends it once the platform takes it, and it goes; a viewer
 * sees the list without a resend.
 */
@QuarkusTest
@TestProfile(ChannelsAdminProfile.class)
@Tag("browser")
class ChannelHealthBrowserTest extends AdminPageBrowser {

    @PlatformStub.Server
    WireMockServer graph;

    @TestHTTPResource("/admin/")
    URL page;

    @Test
    void anEditorResendsARefusedReplyAndAViewerCannot() throws Exception {
        String psid = "psid-" + UUID.randomUUID().toString().substring(0, 8);
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(ChannelHealthTest.SEND_PATH)).willReturn(okJson("{\"message_id\":\"m_1\"}")));
        ChannelHealthTest.refuse(graph, psid, "{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
                + "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278}}");
        ChannelHealthTest.answeredOnMessenger(graph, psid);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        StaffAccountsTest.staffSession("editor-" + suffix, "editor");
        StaffAccountsTest.staffSession("viewer-" + suffix, "viewer");

        browse(20);
        logIn(page.toString(), "viewer-" + suffix, StaffAccountsTest.PASSWORD);
        WebElement failed = wait.until(d -> failedRow(d, psid));
        assertTrue(failed.getText().contains("10/2018278: OAuthException: (#10) This message is sent outside of allowed window."),
                failed.getText());
        assertTrue(failed.findElements(By.tagName("button")).stream().noneMatch(WebElement::isDisplayed), "a viewer has no resend");

        logOut();
        logIn(page.toString(), "editor-" + suffix, StaffAccountsTest.PASSWORD);
        WebElement states = wait.until(d -> {
            WebElement body = d.findElement(By.id("channel-states"));
            return body.getText().contains("10/2018278") ? body : null;
        });
        List<WebElement> rows = states.findElements(By.tagName("tr"));
        assertEquals("Messenger", rows.get(0).findElements(By.tagName("td")).get(0).getText());
        assertEquals("Đang bật", rows.get(0).findElements(By.tagName("td")).get(1).getText());
        assertEquals("Zalo OA", rows.get(1).findElements(By.tagName("td")).get(0).getText());
        WebElement section = driver.findElement(By.cssSelector("section[aria-labelledby=channels-title]"));
        driver.executeScript("arguments[0].scrollIntoView()", section);
        screenshot(section, "admin-page-channels");

        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(ChannelHealthTest.SEND_PATH)).willReturn(okJson("{\"message_id\":\"m_2\"}")));
        wait.until(d -> failedRow(d, psid)).findElement(By.xpath(".//button[text()='Gửi lại']")).click();
        wait.until(d -> d.findElement(By.id("resend-result")).getText().equals("Đã gửi lại tin cho " + psid + " qua messenger."));
        wait.until(d -> failedRow(d, psid) == null);
        assertEquals(1, StubJournal.bodies(graph, ChannelHealthTest.SEND_PATH, b -> psid.equals(b.at("/recipient/id").asText())).size());
    }

    private static WebElement failedRow(WebDriver driver, String psid) {
        return driver.findElements(By.cssSelector("#failed-sends tr")).stream()
                .filter(r -> r.getText().contains(psid)).findFirst().orElse(null);
    }
}
