package vn.dvc.assistant.abuse;

/** Which client a web request counts against. */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The connection's remote address; behind a trusted proxy, the first X-Forwarded-For entry (the address the
     * proxy saw first), falling back to the remote address when the header is missing or empty.
     */
    static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            int comma = forwardedFor.indexOf(',');
            String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).strip();
            if (!first.isEmpty()) {
                return first;
            }
        }
        return remoteAddress;
    }
}
