package vn.dvc.assistant.channels;

import java.util.HashMap;
import java.util.Map;

/** Both channels on, and a sender limit small enough to reach: two messages, then one a minute. */
public class ChannelsRateLimitedProfile extends ChannelsOnProfile {

    static final int SENDER_BURST = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("assistant.rate-limit.channel-sender-per-minute", "1");
        config.put("assistant.rate-limit.channel-sender-burst", String.valueOf(SENDER_BURST));
        return config;
    }
}
