package vn.dvc.assistant.feedback;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rating of one answer. {@code useful} is read as a raw JSON node because Jackson would quietly turn
 * "yes", "true" or 1 into a boolean, and only a real JSON boolean says what the citizen meant.
 */
public record FeedbackRequest(
        String conversationId,
        Integer turn,
        @Schema(type = SchemaType.BOOLEAN, required = true) JsonNode useful,
        @Schema(maxLength = Feedback.MAX_COMMENT_LENGTH) String comment) {
}
