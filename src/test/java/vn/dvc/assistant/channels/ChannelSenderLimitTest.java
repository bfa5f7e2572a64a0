package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** A Messenger sender who floods gets the answers the limit allows, one notice, and then silence. */
@QuarkusTest
@TestProfile(ChannelsRateLimitedProfile.class)
class ChannelSenderLimitTest {

    private static final String SEND_PATH = "/v25.0/me/messages";

    @PlatformStub.Server
    WireMockServer graph;

    @BeforeEach
    void graphAcceptsEverything() {
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));
    }

    @Test
    void aFloodingSenderGetsOneNoticeAndTheRestIsDroppedButAcknowledged() throws Exception {
        int sent = ChannelsRateLimitedProfile.SENDER_BURST + 4;
        for (int i = 1; i <= sent; i++) {
            postSigned(MessengerEvent.text("psid-flood", "mid.flood." + i, "lệ phí đăng ký hộ kinh doanh")).statusCode(200);
        }
        // A platform's redelivery of an answered message is still acknowledged and costs nothing.
        postSigned(MessengerEvent.text("psid-flood", "mid.flood.1", "lệ phí đăng ký hộ kinh doanh")).statusCode(200);

        int expected = ChannelsRateLimitedProfile.SENDER_BURST + 1;
        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo("psid-flood").size() >= expected);
        // Give the dropped messages time to show up, were they not dropped.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> textsTo("psid-flood").size() == expected);

        List<String> texts = textsTo("psid-flood");
        for (int i = 0; i < ChannelsRateLimitedProfile.SENDER_BURST; i++) {
            assertNotEquals(ChannelAnswers.SLOW_DOWN, texts.get(i), "within the limit: answered");
        }
        assertEquals(ChannelAnswers.SLOW_DOWN, texts.get(expected - 1));
    }

    @Test
    void anotherSenderIsAnsweredWhileOneFloods() throws Exception {
        for (int i = 1; i <= ChannelsRateLimitedProfile.SENDER_BURST + 2; i++) {
            postSigned(MessengerEvent.text("psid-flood-2", "mid.flood-2." + i, "xin chào")).statusCode(200);
        }
        postSigned(MessengerEvent.text("psid-calm", "mid.calm.1", "lệ phí đăng ký hộ kinh doanh")).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo("psid-calm").size() == 1);
        assertNotEquals(ChannelAnswers.SLOW_DOWN, textsTo("psid-calm").get(0));
    }

    private static ValidatableResponse postSigned(byte[] body) throws Exception {
        return MessengerEvent.post(RestAssured.port, body).body("status", equalTo("received"));
    }

    private List<String> textsTo(String psid) {
        return StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()) && body.has("message"))
                .stream().map(body -> body.at("/message/text").asText()).toList();
    }
}
