package vn.dvc.assistant.abuse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often one client may call the assistant. The counts live in this instance's memory: with N replicas a
 * client may send up to N times the limit. That is acceptable while the limit only has to stop floods, not
 * meter usage.
 */
@ConfigMapping(prefix = "assistant.rate-limit")
public interface RateLimitConfig {

    /** POST /api/v1/chat, per client IP address. */
    @WithDefault("30")
    int chatPerMinute();

    /** Requests a client may send at once before the per-minute pace applies. */
    @WithDefault("10")
    int chatBurst();

    /** POST /api/v1/feedback, per client IP address. */
    @WithDefault("10")
    int feedbackPerMinute();

    @WithDefault("5")
    int feedbackBurst();

    /** Messages from one Messenger or Zalo sender. */
    @WithDefault("20")
    int channelSenderPerMinute();

    @WithDefault("5")
    int channelSenderBurst();

    /**
     * Take the client's address from the first X-Forwarded-For entry. Only behind a proxy that sets the header:
     * otherwise any client could pick a fresh address for every request.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Clients remembered per limit; past this the longest idle is forgotten, so a flood of addresses cannot exhaust memory. */
    @WithDefault("10000")
    int maxClients();
}
