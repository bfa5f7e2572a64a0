package vn.dvc.assistant.operations;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The production defaults of what the public port shows (the test profile turns both on), with a metrics token. */
public class ExposureDefaultsProfile implements QuarkusTestProfile {

    static final String METRICS_TOKEN = "metrics-token-of-the-exposure-test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.exposure.api-docs", "false",
                "assistant.exposure.metrics-public", "false",
                "assistant.exposure.metrics-token", METRICS_TOKEN);
    }
}
