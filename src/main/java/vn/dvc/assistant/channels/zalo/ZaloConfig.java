package vn.dvc.assistant.channels.zalo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Zalo Official Account's secrets (from the environment only) and the addresses of Zalo's APIs. */
@ConfigMapping(prefix = "assistant.channels.zalo")
public interface ZaloConfig {

    Optional<String> appId();

    /** The app's secret key: sent to the OAuth server to refresh the access token. */
    Optional<String> appSecret();

    /** The OA secret key from the app's webhook page (not the app secret): signs the webhook's events. */
    Optional<String> oaSecretKey();

    /**
     * The refresh token to start from. Zalo replaces it at every refresh, so the stored pair is used after the
     * first one; a different value set here later is taken as a new start.
     */
    Optional<String> refreshToken();

    /** An access token to use until it expires, if one was issued with the refresh token. */
    Optional<String> accessToken();

    @WithDefault("https://openapi.zalo.me")
    String openapiBaseUrl();

    @WithDefault("v3.0")
    String apiVersion();

    @WithDefault("https://oauth.zaloapp.com")
    String oauthBaseUrl();

    @WithDefault("v4")
    String oauthVersion();

    /** An access token this close to its expiry is refreshed before use rather than after Zalo refuses it. */
    @WithDefault("10m")
    Duration tokenRefreshMargin();

    /** The environment variables still to set; the channel is on when none is missing. */
    default List<String> missingSecrets() {
        List<String> missing = new ArrayList<>();
        if (appId().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("ZALO_APP_ID");
        }
        if (appSecret().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("ZALO_APP_SECRET");
        }
        if (oaSecretKey().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("ZALO_OA_SECRET_KEY");
        }
        if (refreshToken().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("ZALO_REFRESH_TOKEN");
        }
        return missing;
    }
}
