package vn.dvc.assistant.abuse;

import jakarta.enterprise.context.ApplicationScoped;

/** The limits of this instance, one limiter each, built from {@link RateLimitConfig}. */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter chat;
    private final RateLimiter feedback;
    private final RateLimiter channelSenders;
    private final RateLimiter adminFailures;

    RateLimits(RateLimitConfig config) {
        chat = new RateLimiter(config.chatPerMinute(), config.chatBurst(), config.maxClients());
        feedback = new RateLimiter(config.feedbackPerMinute(), config.feedbackBurst(), config.maxClients());
        channelSenders = new RateLimiter(config.channelSenderPerMinute(), config.channelSenderBurst(), config.maxClients());
        adminFailures = new RateLimiter(config.adminFailuresPerMinute(), config.adminFailuresBurst(), config.maxClients());
    }

    /** Wrong admin tokens, per client address: only failures are counted. */
    public RateLimiter adminFailures() {
        return adminFailures;
    }

    public RateLimiter chat() {
        return chat;
    }

    public RateLimiter feedback() {
        return feedback;
    }

    /** Keyed by channel and sender id. */
    public RateLimiter channelSenders() {
        return channelSenders;
    }
}
