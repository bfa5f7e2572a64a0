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
     * Take the client's address from X-Forwarded-For (see {@link #trustedProxyHops()}). Only behind a proxy that
     * sets the header: otherwise any client could pick a fresh address for every request.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /**
     * How many trusted proxies stand in front of the service (a load balancer and an ingress: 2). The client is the
     * entry that many from the right of X-Forwarded-For: the one the outermost proxy added, not the leftmost,
     * which the client writes itself.
     */
    @WithDefault("1")
    int trustedProxyHops();

    /**
     * Wrong admin tokens one address may send a minute, after a burst: guessing a 32-character token at this pace
     * takes longer than the universe has. Past it the admin API answers 429 to a wrong token (the right one passes).
     */
    @WithDefault("10")
    int adminFailuresPerMinute();

    @WithDefault("10")
    int adminFailuresBurst();

    /** Clients remembered per limit; past this the longest idle is forgotten, so a flood of addresses cannot exhaust memory. */
    @WithDefault("10000")
    int maxClients();
}
