package vn.dvc.assistant.channels;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Both channels on, with the secrets of the CHANNELS.md test vectors, talking to {@link PlatformStub}, with short
 * backoffs and a knowledge base holding one section longer than a message.
 */
public class ChannelsOnProfile implements QuarkusTestProfile {

    public static final String APP_SECRET = "test_app_secret";
    public static final String VERIFY_TOKEN = "test_verify_token";
    public static final String PAGE_TOKEN = "test_page_token";
    public static final String ZALO_APP_ID = "360846524940903967";
    public static final String ZALO_APP_SECRET = "test_zalo_app_secret";
    public static final String OA_SECRET = "test_oa_secret";
    public static final String ZALO_ACCESS_TOKEN = "test_access_token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return channelsOn();
    }

    /** Both channels' secrets, the stub's short backoffs: for another profile that answers on the channels too. */
    public static Map<String, String> channelsOn() {
        return Map.ofEntries(
                Map.entry("assistant.channels.messenger.app-secret", APP_SECRET),
                Map.entry("assistant.channels.messenger.verify-token", VERIFY_TOKEN),
                Map.entry("assistant.channels.messenger.page-token", PAGE_TOKEN),
                Map.entry("assistant.channels.zalo.app-id", ZALO_APP_ID),
                Map.entry("assistant.channels.zalo.app-secret", ZALO_APP_SECRET),
                Map.entry("assistant.channels.zalo.oa-secret-key", OA_SECRET),
                Map.entry("assistant.channels.zalo.refresh-token", "test_refresh_token"),
                Map.entry("assistant.channels.zalo.access-token", ZALO_ACCESS_TOKEN),
                Map.entry("assistant.channels.delivery.max-attempts", "3"),
                Map.entry("assistant.channels.delivery.initial-backoff", "20ms"),
                Map.entry("assistant.channels.delivery.max-backoff", "100ms"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PlatformStub.class), new TestResourceEntry(LongSectionKnowledgeBase.class));
    }
}
