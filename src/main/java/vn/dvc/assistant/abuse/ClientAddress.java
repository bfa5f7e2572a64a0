package vn.dvc.assistant.abuse;

import java.util.ArrayList;
import java.util.List;

/** Which client a web request counts against. */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * Behind {@code hops} trusted proxies, the address the outermost of them saw: each proxy appends the address it
     * received the request from to X-Forwarded-For, so the last {@code hops} entries are the proxies' and the one
     * before them is the client's. Everything left of it was written by the client and proves nothing. The
     * connection's address when the header is missing or empty; the leftmost entry when the chain is shorter than
     * the configured hops (a proxy that did not add itself).
     */
    static String behindProxies(String remoteAddress, List<String> forwardedForHeaders, int hops) {
        List<String> chain = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    chain.add(entry.strip());
                }
            }
        }
        if (chain.isEmpty()) {
            return remoteAddress;
        }
        return chain.get(Math.max(0, chain.size() - Math.max(1, hops)));
    }
}
