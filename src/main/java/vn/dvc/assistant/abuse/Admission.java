package vn.dvc.assistant.abuse;

/**
 * A rate limiter's answer for one request.
 *
 * @param allowed           whether the request may go on
 * @param retryAfterSeconds when refused, how long until the client may try again (at least 1)
 * @param firstRefusal      when refused, whether it is the first refusal since the client was last allowed:
 *                          the one moment worth telling the client, so that a flood gets one answer, not one each
 */
public record Admission(boolean allowed, long retryAfterSeconds, boolean firstRefusal) {

    static final Admission ALLOWED = new Admission(true, 0, false);

    static Admission refused(long retryAfterSeconds, boolean firstRefusal) {
        return new Admission(false, Math.max(1, retryAfterSeconds), firstRefusal);
    }
}
