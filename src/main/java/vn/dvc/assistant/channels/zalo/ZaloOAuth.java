package vn.dvc.assistant.channels.zalo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.channels.PlatformHttp;
import vn.dvc.assistant.channels.WebhookJson;

/** Zalo's OAuth server: a refresh token for a new access token and a new refresh token. */
@ApplicationScoped
class ZaloOAuth {

    record TokenPair(String accessToken, String refreshToken, Duration lifetime) {
    }

    private final PlatformHttp http;
    private final ZaloConfig config;
    private final ObjectMapper mapper;

    ZaloOAuth(PlatformHttp http, ZaloConfig config, ObjectMapper mapper) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
    }

    TokenPair refresh(String refreshToken) {
        String form = "refresh_token=" + encode(refreshToken)
                + "&app_id=" + encode(config.appId().orElseThrow())
                + "&grant_type=refresh_token";
        PlatformHttp.Reply reply;
        try {
            reply = http.post(PlatformHttp.uri(config.oauthBaseUrl(), "/" + config.oauthVersion() + "/oa/access_token"),
                    "application/x-www-form-urlencoded", Map.of("secret_key", config.appSecret().orElseThrow()), form);
        } catch (IOException e) {
            throw new ZaloTokenException("the token refresh failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        JsonNode answer = json(reply);
        String accessToken = WebhookJson.text(answer.path("access_token"));
        String newRefreshToken = WebhookJson.text(answer.path("refresh_token"));
        // expires_in comes as a string of seconds; a number is read the same.
        long seconds = answer.path("expires_in").asLong(0);
        if (reply.status() / 100 != 2 || accessToken == null || newRefreshToken == null || seconds <= 0) {
            throw new ZaloTokenException("Zalo refused the token refresh (HTTP " + reply.status() + ")" + describe(answer));
        }
        return new TokenPair(accessToken, newRefreshToken, Duration.ofSeconds(seconds));
    }

    private JsonNode json(PlatformHttp.Reply reply) {
        try {
            return mapper.readTree(reply.body() == null ? "" : reply.body());
        } catch (JsonProcessingException e) {
            throw new ZaloTokenException("the token refresh got HTTP " + reply.status() + " with a body that is not JSON");
        }
    }

    /** Zalo's error fields, never the tokens. */
    private static String describe(JsonNode answer) {
        if (!answer.has("error")) {
            return "";
        }
        return ": error " + answer.path("error").asText() + " " + answer.path("error_name").asText("")
                + " " + answer.path("error_description").asText("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
