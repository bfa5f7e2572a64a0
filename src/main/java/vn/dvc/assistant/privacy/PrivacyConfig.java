package vn.dvc.assistant.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.privacy")
public interface PrivacyConfig {

    /** How long a conversation is kept after its last turn before it is deleted. */
    @WithDefault("P90D")
    Duration retention();

    /** How often expired conversations are looked for; the scheduler reads it by name (ConversationRetention). */
    @WithDefault("1h")
    Duration purgeEvery();
}
