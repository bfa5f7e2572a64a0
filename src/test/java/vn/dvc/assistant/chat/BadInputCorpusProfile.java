package vn.dvc.assistant.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.channels.CapturedLog;
import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.channels.PlatformStub;

/** Every endpoint on: both channels (against the platforms' stub), the admin API, the log captured to a file. */
public class BadInputCorpusProfile implements QuarkusTestProfile {

    static final String ADMIN_TOKEN = "bad-input-corpus-admin-token-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(new ChannelsOnProfile().getConfigOverrides());
        config.put("assistant.admin.token", ADMIN_TOKEN);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PlatformStub.class), new TestResourceEntry(CapturedLog.class));
    }
}
