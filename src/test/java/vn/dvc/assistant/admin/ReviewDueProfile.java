package vn.dvc.assistant.admin;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The admin API on, and every guide not checked today due for review. */
public class ReviewDueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.admin.token", AdminProfile.TOKEN, "assistant.review.max-age-days", "0");
    }
}
