package vn.dvc.assistant.staff;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "assistant.staff")
public interface StaffConfig {

    /** How long a login lasts; after it the page asks for the password again. */
    @WithDefault("8h")
    Duration sessionLength();

    /**
     * Send the session cookie only over HTTPS. On by default: the province serves the admin page over HTTPS. Browsers
     * also keep a Secure cookie from http://localhost, which is how the tests log in.
     */
    @WithDefault("true")
    boolean secureCookie();
}
