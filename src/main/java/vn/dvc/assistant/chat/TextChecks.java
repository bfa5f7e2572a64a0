package vn.dvc.assistant.chat;

/**
 * What makes a citizen's text unstorable, checked before it reaches the database: PostgreSQL refuses a NUL
 * character in text outright, and a lone UTF-16 surrogate has no encoding at all. Other control characters
 * (except tab and line breaks) are never part of a question either.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Null when {@code text} can be stored as it is; otherwise what is wrong with it, for the client. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an invalid character (an unpaired UTF-16 surrogate)";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "a control character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    /** Refuses with 400 {@code invalid_text} when {@code text} cannot be stored; {@code field} names it. */
    public static void requireStorable(String field, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw ApiException.badRequest("invalid_text", field + " holds " + problem);
        }
    }
}
