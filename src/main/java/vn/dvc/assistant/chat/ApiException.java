package vn.dvc.assistant.chat;

/** A request the API refuses, with the status and the error to return. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    public ApiError body() {
        return new ApiError(status, error, getMessage());
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }

    public static ApiException notFound(String error, String message) {
        return new ApiException(404, error, message);
    }

    public static ApiException conflict(String error, String message) {
        return new ApiException(409, error, message);
    }
}
