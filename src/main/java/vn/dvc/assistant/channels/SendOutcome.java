package vn.dvc.assistant.channels;

/**
 * How one attempt to send went.
 *
 * @param retryable    whether a later attempt may succeed (rate limit, temporary outage)
 * @param errorCode    the platform's error code, e.g. "613", "10/2018278", "-201", "http_503", or null
 * @param errorMessage the platform's explanation, never holding a token
 */
public record SendOutcome(boolean delivered, boolean retryable, String errorCode, String errorMessage) {

    public static SendOutcome sent() {
        return new SendOutcome(true, false, null, null);
    }

    public static SendOutcome temporaryFailure(String code, String message) {
        return new SendOutcome(false, true, code, message);
    }

    public static SendOutcome permanentFailure(String code, String message) {
        return new SendOutcome(false, false, code, message);
    }
}
