package vn.dvc.assistant.admin;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "assistant.admin")
public interface AdminConfig {

    /** The bearer token the admin API requires; without one the admin API is off. From ADMIN_TOKEN. */
    Optional<String> token();
}
