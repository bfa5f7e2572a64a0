package vn.dvc.assistant.channels.messenger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Facebook page's secrets (from the environment only) and the Graph API's address. */
@ConfigMapping(prefix = "assistant.channels.messenger")
public interface MessengerConfig {

    /** Signs the webhook's events (X-Hub-Signature-256). */
    Optional<String> appSecret();

    /** Chosen by us and typed into the app's webhook settings; Meta sends it back to verify the URL. */
    Optional<String> verifyToken();

    /** Lets the assistant send as the page. */
    Optional<String> pageToken();

    @WithDefault("https://graph.facebook.com")
    String graphBaseUrl();

    @WithDefault("v25.0")
    String apiVersion();

    /** The payload the Get Started button was set up with. */
    @WithDefault("GET_STARTED")
    String getStartedPayload();

    /** The environment variables still to set; the channel is on when none is missing. */
    default List<String> missingSecrets() {
        List<String> missing = new ArrayList<>();
        if (appSecret().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("MESSENGER_APP_SECRET");
        }
        if (verifyToken().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("MESSENGER_VERIFY_TOKEN");
        }
        if (pageToken().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("MESSENGER_PAGE_TOKEN");
        }
        return missing;
    }
}
