package vn.dvc.assistant.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.chat")
public interface ChatConfig {

    /** The longest message accepted, in characters. */
    @WithDefault("1000")
    int maxMessageLength();
}
