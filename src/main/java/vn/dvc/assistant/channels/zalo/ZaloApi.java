package vn.dvc.assistant.channels.zalo;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.channels.PlatformHttp;
import vn.dvc.assistant.channels.SendOutcome;

/** Zalo's customer-service message API. Zalo reports errors in the body's {@code error} field, often under HTTP 200. */
@ApplicationScoped
class ZaloApi {

    private static final int RATE_LIMITED = -32;
    /** -216 invalid, -220 expired: refresh the token, then try once more. */
    private static final Set<String> TOKEN_REFUSED = Set.of("-216", "-220");

    private final PlatformHttp http;
    private final ZaloConfig config;
    private final ObjectMapper mapper;

    ZaloApi(PlatformHttp http, ZaloConfig config, ObjectMapper mapper) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
    }

    static boolean refusedToken(SendOutcome outcome) {
        return outcome.errorCode() != null && TOKEN_REFUSED.contains(outcome.errorCode());
    }

    SendOutcome send(String accessToken, JsonNode request) {
        PlatformHttp.Reply reply;
        try {
            reply = http.post(PlatformHttp.uri(config.openapiBaseUrl(), "/" + config.apiVersion() + "/oa/message/cs"),
                    "application/json", Map.of("access_token", accessToken), mapper.writeValueAsString(request));
        } catch (IOException e) {
            return SendOutcome.temporaryFailure("network", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        JsonNode error = errorOf(reply.body());
        if (error == null) {
            String message = "HTTP " + reply.status() + " without Zalo's error field";
            return reply.status() >= 500 || reply.status() == 429
                    ? SendOutcome.temporaryFailure("http_" + reply.status(), message)
                    : SendOutcome.permanentFailure("http_" + reply.status(), message);
        }
        int code = error.asInt();
        if (code == 0 && reply.status() / 100 == 2) {
            return SendOutcome.sent();
        }
        String message = errorMessage(reply.body());
        return code == RATE_LIMITED || reply.status() >= 500
                ? SendOutcome.temporaryFailure(String.valueOf(code), message)
                : SendOutcome.permanentFailure(String.valueOf(code), message);
    }

    private JsonNode errorOf(String body) {
        try {
            JsonNode error = mapper.readTree(body == null ? "" : body).path("error");
            return error.isIntegralNumber() || (error.isTextual() && error.asText().matches("-?\\d+")) ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private String errorMessage(String body) {
        try {
            return mapper.readTree(body).path("message").asText("");
        } catch (IOException notJson) {
            return "";
        }
    }
}
