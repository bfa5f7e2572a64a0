package vn.dvc.assistant.catalogue;

import java.util.Optional;

/** How the portal writes "nothing here", and short quotes of its text for problem reports. */
final class PortalText {

    static final String NO_INFORMATION = "Không có thông tin";
    private static final int QUOTE_LENGTH = 80;

    private PortalText() {
    }

    /** The trimmed text, or empty when the portal gives none. */
    static Optional<String> present(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.equals(NO_INFORMATION) ? Optional.empty() : Optional.of(trimmed);
    }

    /** The start of a text, on one line, to quote in a report. */
    static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "'" + (oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH) + "…") + "'";
    }

    /** The end of a text, on one line, to quote in a report. */
    static String quoteEnd(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "'" + (oneLine.length() <= QUOTE_LENGTH ? oneLine : "…" + oneLine.substring(oneLine.length() - QUOTE_LENGTH)) + "'";
    }
}
