package vn.dvc.assistant.admin;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.channels.CapturedLog;

/** No ADMIN_TOKEN, as in the default configuration, with the log captured to read what start-up said. */
public class AdminOffProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CapturedLog.class));
    }
}
