package vn.dvc.assistant.chat;

/** Every error the API returns: a stable code for programs and a sentence for people. */
public record ApiError(int status, String error, String message) {
}
