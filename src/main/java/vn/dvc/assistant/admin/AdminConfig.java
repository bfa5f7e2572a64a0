package vn.dvc.assistant.admin;

import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.admin")
public interface AdminConfig {

    /** The bearer token the admin API requires; without one the admin API is off. From ADMIN_TOKEN. */
    Optional<String> token();

    /** The time zone in which the admin page's dates (periods, CSV times) are read and written. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** The period shown when none is chosen: this many days up to today. */
    @WithDefault("30")
    int defaultDays();
}
