package vn.dvc.assistant.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.knowledge-base")
public interface KnowledgeConfig {

    /** The folder holding procedures/ and vocabulary/. */
    @WithDefault("knowledge-base")
    String path();
}
