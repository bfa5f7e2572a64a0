package vn.dvc.assistant.channels;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** No channel secret at all, whatever the environment holds. */
public class ChannelsOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.channels.messenger.app-secret", "",
                "assistant.channels.messenger.verify-token", "",
                "assistant.channels.messenger.page-token", "",
                "assistant.channels.zalo.app-id", "",
                "assistant.channels.zalo.app-secret", "",
                "assistant.channels.zalo.oa-secret-key", "",
                "assistant.channels.zalo.refresh-token", "");
    }
}
