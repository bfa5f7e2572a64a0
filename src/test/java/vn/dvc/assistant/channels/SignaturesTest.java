package vn.dvc.assistant.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The test vectors of CHANNELS.md, against the production digests and the tests' own. */
class SignaturesTest {

    private static final byte[] MESSENGER_BODY = ("{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1458692752478,\"messaging\":"
            + "[{\"sender\":{\"id\":\"PSID\"},\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":1458692752478,\"message\":{\"mid\":\"mid.1\","
            + "\"text\":\"caf\\u00e9\"}}]}]}").getBytes(StandardCharsets.UTF_8);
    private static final String MESSENGER_SIGNATURE = "sha256=5c1076719a3dfea5a27095e9a579619013c9f7c867f97b6c9b01c254e5a58847";

    private static final byte[] ZALO_BODY = ("{\"app_id\":\"360846524940903967\",\"sender\":{\"id\":\"246845883529197922\"},"
            + "\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\"388613280878808645\"},\"event_name\":\"user_send_text\","
            + "\"message\":{\"text\":\"Xin chào\",\"msg_id\":\"96d3cdf3af150460909\"},\"timestamp\":\"154390853474\"}").getBytes(StandardCharsets.UTF_8);
    private static final String ZALO_SIGNATURE = "mac=b8857b6c2ac75ca927b9e61c773191f71a72e35a4150d730ada860dded5f7d29";

    @Test
    void theMessengerVectorVerifies() throws Exception {
        assertEquals(MESSENGER_SIGNATURE, "sha256=" + Signatures.hmacSha256Hex("test_app_secret", MESSENGER_BODY));
        assertEquals(MESSENGER_SIGNATURE, TestSignatures.messenger("test_app_secret", MESSENGER_BODY));
    }

    @Test
    void theZaloVectorVerifies() throws Exception {
        assertEquals(ZALO_SIGNATURE, "mac=" + Signatures.sha256Hex("360846524940903967".getBytes(StandardCharsets.UTF_8), ZALO_BODY,
                "154390853474".getBytes(StandardCharsets.UTF_8), "test_oa_secret".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ZALO_SIGNATURE, TestSignatures.zalo("360846524940903967", ZALO_BODY, "154390853474", "test_oa_secret"));
    }

    @Test
    void comparisonNeedsTheSameText() {
        assertTrue(Signatures.sameText(MESSENGER_SIGNATURE, MESSENGER_SIGNATURE));
        assertFalse(Signatures.sameText(MESSENGER_SIGNATURE, MESSENGER_SIGNATURE.replace('5', '6')));
        assertFalse(Signatures.sameText(MESSENGER_SIGNATURE, null));
        assertFalse(Signatures.sameText(MESSENGER_SIGNATURE, ""));
    }
}
