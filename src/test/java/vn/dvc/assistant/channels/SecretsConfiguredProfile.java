package vn.dvc.assistant.channels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every secret the service knows set (both channels and the admin token), with the log captured to a file. */
public class SecretsConfiguredProfile extends ChannelsOnProfile {

    static final String ADMIN_TOKEN = "test_admin_token_secret";
    static final String REFRESH_TOKEN = "test_refresh_token";

    /** The values that must never appear in a log line. */
    static final List<String> SECRETS = List.of(APP_SECRET, VERIFY_TOKEN, PAGE_TOKEN, ZALO_APP_SECRET, OA_SECRET,
            ZALO_ACCESS_TOKEN, REFRESH_TOKEN, ADMIN_TOKEN);

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("assistant.admin.token", ADMIN_TOKEN);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(CapturedLog.class));
        return resources;
    }
}
