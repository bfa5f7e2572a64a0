package vn.dvc.assistant.search;

import java.time.Duration;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Read while the container starts (static init, which runs at start-up on the JVM), where the index build begins. */
@StaticInitSafe
@ConfigMapping(prefix = "assistant.knowledge-base")
public interface KnowledgeConfig {

    /** The folder holding procedures/ and vocabulary/. */
    @WithDefault("knowledge-base")
    String path();

    /** Reload by itself when a guide or vocabulary file changes (off: reload with the admin endpoint or a restart). */
    @WithDefault("false")
    boolean watch();

    /**
     * How often the watched folder is checked; a change is loaded once the files stayed the same for one more
     * check, so a burst of editor saves gives one reload. The scheduler checks at most once a second.
     */
    @WithDefault("2s")
    Duration watchEvery();
}
