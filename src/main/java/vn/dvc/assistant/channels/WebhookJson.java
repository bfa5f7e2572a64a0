package vn.dvc.assistant.channels;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.chat.ApiException;

/** Reads a webhook body as a JSON object, only after its signature was checked on the raw bytes. */
public final class WebhookJson {

    private WebhookJson() {
    }

    public static JsonNode object(ObjectMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("invalid_json", "the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("invalid_json", "the body must be a JSON object");
        }
        return root;
    }

    /**
     * An id as the platform wrote it. Zalo ids exceed 2^53, so they are never read as floating-point numbers;
     * a number written without quotes is kept digit for digit.
     */
    public static String id(JsonNode node) {
        if (node.isTextual() && !node.textValue().isBlank()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return null;
    }

    /** The text of a field when it holds non-blank text, else null. */
    public static String text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }
}
