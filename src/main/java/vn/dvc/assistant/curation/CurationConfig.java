package vn.dvc.assistant.curation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.curation")
public interface CurationConfig {

    /**
     * How often every instance reads the knowledge version row and, when another instance saved a change, rebuilds
     * its index with it: the longest a replica answers from the text before an edit.
     */
    @WithDefault("3s")
    Duration pollEvery();
}
