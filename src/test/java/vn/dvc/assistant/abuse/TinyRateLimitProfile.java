package vn.dvc.assistant.abuse;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.channels.CapturedLog;

/** Limits small enough to reach in a test, behind a trusted proxy so each test can be its own client; the log captured. */
public class TinyRateLimitProfile implements QuarkusTestProfile {

    static final int CHAT_BURST = 3;
    static final int FEEDBACK_BURST = 2;
    static final int ADMIN_FAILURES_BURST = 3;
    static final String ADMIN_TOKEN = "tiny-limit-admin-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.rate-limit.admin-failures-per-minute", "1",
                "assistant.rate-limit.admin-failures-burst", String.valueOf(ADMIN_FAILURES_BURST),
                "assistant.rate-limit.chat-per-minute", "1",
                "assistant.rate-limit.chat-burst", String.valueOf(CHAT_BURST),
                "assistant.rate-limit.feedback-per-minute", "1",
                "assistant.rate-limit.feedback-burst", String.valueOf(FEEDBACK_BURST),
                "assistant.rate-limit.trust-forwarded-for", "true",
                "assistant.admin.token", ADMIN_TOKEN);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CapturedLog.class));
    }
}
