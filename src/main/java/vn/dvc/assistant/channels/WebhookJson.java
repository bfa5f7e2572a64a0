package vn.dvc.assistant.channels;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
     * The text of one field of the top-level object, read by scanning the raw bytes without building the body:
     * for a signature whose input names a field of the body itself (Zalo's timestamp), so that nothing else of an
     * unsigned body is read. Null when the body is not an object or has no such text or whole-number field.
     */
    public static String topLevelField(ObjectMapper mapper, byte[] body, String name) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = name.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted && (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT)) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
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
