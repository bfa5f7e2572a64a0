package vn.dvc.assistant.channels.messenger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.channels.PlatformHttp;
import vn.dvc.assistant.channels.SendOutcome;

/**
 * Messenger's Send API. The page token travels in the query string, as Meta documents it, so the URI is never
 * logged; errors are reported by their code and message only.
 */
@ApplicationScoped
class GraphApi {

    /**
     * Meta asks to try again later: 2 temporary, 4 application request limit, 17 user request limit, 32 page request
     * limit, 613 calls within a second, 1200 temporary send failure. Any other code is final.
     */
    private static final Set<Integer> TRY_LATER = Set.of(2, 4, 17, 32, 613, 1200);

    private final PlatformHttp http;
    private final MessengerConfig config;
    private final ObjectMapper mapper;

    GraphApi(PlatformHttp http, MessengerConfig config, ObjectMapper mapper) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
    }

    SendOutcome send(JsonNode request) {
        PlatformHttp.Reply reply;
        try {
            reply = http.post(messagesUri(), "application/json", Map.of(), mapper.writeValueAsString(request));
        } catch (IOException e) {
            return SendOutcome.temporaryFailure("network", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        JsonNode error = errorOf(reply.body());
        if (reply.status() / 100 == 2 && error == null) {
            return SendOutcome.sent();
        }
        if (error == null) {
            String message = "HTTP " + reply.status() + " without a Graph API error";
            return reply.status() >= 500 || reply.status() == 429
                    ? SendOutcome.temporaryFailure("http_" + reply.status(), message)
                    : SendOutcome.permanentFailure("http_" + reply.status(), message);
        }
        int code = error.path("code").asInt();
        String codes = error.hasNonNull("error_subcode") ? code + "/" + error.path("error_subcode").asText() : String.valueOf(code);
        String message = error.path("type").asText("Error") + ": " + error.path("message").asText()
                + (error.hasNonNull("fbtrace_id") ? " (fbtrace_id " + error.path("fbtrace_id").asText() + ")" : "");
        return TRY_LATER.contains(code) || reply.status() >= 500 || reply.status() == 429
                ? SendOutcome.temporaryFailure(codes, message)
                : SendOutcome.permanentFailure(codes, message);
    }

    private URI messagesUri() {
        String token = URLEncoder.encode(config.pageToken().orElseThrow(), StandardCharsets.UTF_8);
        return PlatformHttp.uri(config.graphBaseUrl(), "/" + config.apiVersion() + "/me/messages?access_token=" + token);
    }

    private JsonNode errorOf(String body) {
        try {
            JsonNode error = mapper.readTree(body == null ? "" : body).path("error");
            return error.isObject() ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
