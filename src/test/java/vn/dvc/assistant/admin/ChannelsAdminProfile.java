package vn.dvc.assistant.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.curation.CurationProfile;

/** Both channels on against the platforms' stub, and the admin API on with the curation tests' token. */
public class ChannelsAdminProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(new ChannelsOnProfile().getConfigOverrides());
        config.put("assistant.admin.token", CurationProfile.TOKEN);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return new ChannelsOnProfile().testResources();
    }
}
