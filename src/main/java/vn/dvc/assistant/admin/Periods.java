package vn.dvc.assistant.admin;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads the period of an admin request in the configured time zone. */
@ApplicationScoped
class Periods {

    private final AdminConfig config;

    Periods(AdminConfig config) {
        this.config = config;
    }

    Period parse(String from, String to) {
        return Period.parse(from, to, config.zone(), config.defaultDays());
    }
}
