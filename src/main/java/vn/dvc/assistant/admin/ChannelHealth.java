package vn.dvc.assistant.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.All;

import vn.dvc.assistant.channels.Channel;
import vn.dvc.assistant.channels.ChannelStatus;
import vn.dvc.assistant.channels.FailedSend;

/** Each messaging channel's state, and the replies its platform refused, as staff read them. */
@ApplicationScoped
class ChannelHealth {

    /**
     * @param missingSecrets the environment variables still to set when the channel is off
     * @param failedSends    the failed sends kept for the channel (until resent or past the retention period)
     */
    public record ChannelState(String channel, boolean on, List<String> missingSecrets, Instant lastSuccessAt,
                               Instant lastErrorAt, String lastErrorCode, String lastErrorMessage, long failedSends) {
    }

    /**
     * @param conversationId the citizen's conversation on the channel, null when it is gone
     * @param text           the message's text as stored (personal data masked), null if it had none
     */
    public record FailedSendView(long id, String channel, String recipient, String conversationId, String errorCode,
                                 String errorMessage, int attempts, Instant failedAt, String text) {
    }

    private final List<Channel> channels;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    ChannelHealth(@All List<Channel> channels, EntityManager entityManager, ObjectMapper mapper) {
        this.channels = channels;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    List<ChannelState> states() {
        Map<String, ChannelStatus> statuses = ChannelStatus.<ChannelStatus>listAll().stream()
                .collect(Collectors.toMap(s -> s.channel, Function.identity()));
        Map<String, Long> failed = entityManager.createQuery("select f.channel, count(f) from FailedSend f group by f.channel", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return channels.stream().sorted(Comparator.comparing(Channel::name)).map(channel -> {
            ChannelStatus status = statuses.getOrDefault(channel.name(), new ChannelStatus());
            return new ChannelState(channel.name(), channel.isOn(), channel.missingSecrets(), status.lastSuccessAt,
                    status.lastErrorAt, status.lastErrorCode, status.lastErrorMessage, failed.getOrDefault(channel.name(), 0L));
        }).toList();
    }

    /** Newest first; {@code channel} narrows them to one, null for all. */
    Paging.Page<FailedSendView> failedSends(String channel, Paging paging) {
        String where = channel == null ? "" : " where f.channel = :channel";
        TypedQuery<Object[]> page = entityManager.createQuery("select f, (select max(c.id) from Conversation c"
                + " where c.channel = f.channel and c.externalUser = f.recipient) from FailedSend f" + where
                + " order by f.failedAt desc, f.id desc", Object[].class);
        TypedQuery<Long> count = entityManager.createQuery("select count(f) from FailedSend f" + where, Long.class);
        if (channel != null) {
            page.setParameter("channel", channel);
            count.setParameter("channel", channel);
        }
        List<FailedSendView> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(row -> view((FailedSend) row[0], (String) row[1])).toList();
        return paging.of(items, count.getSingleResult());
    }

    private FailedSendView view(FailedSend f, String conversationId) {
        return new FailedSendView(f.id, f.channel, f.recipient, conversationId, f.errorCode, f.errorMessage, f.attempts,
                f.failedAt, text(f.payload));
    }

    /** Messenger's and Zalo's messages both carry their text at message.text. */
    private String text(String payload) {
        try {
            return mapper.readTree(payload).path("message").path("text").textValue();
        } catch (IOException notJson) {
            return null;
        }
    }
}
