package vn.dvc.assistant.chat;

/** A citizen's turn; {@code conversationId} is absent on the first one. */
public record ChatRequest(String conversationId, String message) {
}
