package vn.dvc.assistant.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When content is due for another check against the law. */
@ConfigMapping(prefix = "assistant.review")
public interface ReviewConfig {

    /** A guide or the province profile last checked longer ago than this is reported as due. */
    @WithDefault("180")
    int maxAgeDays();
}
