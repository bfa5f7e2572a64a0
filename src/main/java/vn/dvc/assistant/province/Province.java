package vn.dvc.assistant.province;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the profile in service at start; an unknown key or a malformed profile stops the start with the fix. */
@ApplicationScoped
public class Province {

    /** A record cannot be proxied: one instance, made at start, is the profile everywhere. */
    @Produces
    @Singleton
    ProvinceProfile active(ProvinceConfig config) {
        return of(config);
    }

    /** The profile {@code config} names, checked. */
    public static ProvinceProfile of(ProvinceConfig config) {
        ProvinceConfig.Profile profile = config.profiles().get(config.active());
        if (profile == null) {
            throw new IllegalStateException("assistant.province.active is '" + config.active() + "', which no profile has."
                    + " Fix: set ASSISTANT_PROVINCE to one of " + config.profiles().keySet()
                    + ", or add assistant.province.profiles." + config.active() + ".* (README, \"Province profile\")");
        }
        try {
            return new ProvinceProfile(config.active(), profile.name(), profile.portalName(), profile.portalUrl(),
                    profile.helpline(), profile.communeOffice(), profile.feeResolution(), profile.note(),
                    LocalDate.parse(profile.reviewed()), profile.sources());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("assistant.province.profiles." + config.active() + ".reviewed is '" + profile.reviewed()
                    + "'. Fix: write the date the profile was last checked as YYYY-MM-DD");
        }
    }
}
