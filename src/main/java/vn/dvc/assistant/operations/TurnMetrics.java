package vn.dvc.assistant.operations;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the province watches: turns by type and channel (fallbacks among them), how long a turn takes, and
 * replies a messaging platform refused for good.
 */
@ApplicationScoped
public class TurnMetrics {

    private final MeterRegistry registry;
    /** Registered once per tag value: looking a meter up in the registry on every turn was a measurable cost. */
    private final Map<String, Counter> turnsByChannelAndType = new ConcurrentHashMap<>();
    private final Map<String, Timer> durationByChannel = new ConcurrentHashMap<>();

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void turn(String channel, String type, Duration took) {
        turnsByChannelAndType.computeIfAbsent(channel + ' ' + type, key ->
                Counter.builder("assistant.turns").description("chat turns answered, by reply type and channel")
                        .tag("channel", channel).tag("type", type)
                        .register(registry)).increment();
        durationByChannel.computeIfAbsent(channel, key ->
                Timer.builder("assistant.turn.duration").description("time to read, decide and store one turn")
                        .tag("channel", channel).publishPercentileHistogram()
                        .register(registry)).record(took);
    }

    public void sendFailed(String channel) {
        Counter.builder("assistant.channel.send.failures").description("replies a platform refused for good or never took")
                .tag("channel", channel)
                .register(registry).increment();
    }
}
