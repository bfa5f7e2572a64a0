package vn.dvc.assistant.channels;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.dvc.assistant.chat.ChatService;
import vn.dvc.assistant.conversation.TurnConflicts;
import vn.dvc.assistant.operations.DatabaseFailures;

/**
 * Works off a message kept in the {@link Outbox}, on its sender's worker: answers it (the turn and the reply in one
 * commit), then sends the reply one part per transaction, so that a crash at any point leaves exactly what is still
 * to do. A message that finds the database failing stays in the outbox for the sweep.
 */
@ApplicationScoped
class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final SendOutcome CHANNEL_OFF = SendOutcome.permanentFailure("channel_off",
            "the channel was turned off before the reply could be sent");

    private final Outbox outbox;
    private final Channels channels;
    private final ChannelAnswers answers;
    private final ChatService chat;
    private final ReplyDelivery delivery;
    private final ChannelActivity activity;
    private final SenderLanes lanes;
    private final DatabaseFailures databaseFailures;
    private final int sendTimeoutSeconds;
    /** Messages queued on this instance's workers, so that the sweep does not queue them twice. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    OutboxWorker(Outbox outbox, Channels channels, ChannelAnswers answers, ChatService chat, ReplyDelivery delivery,
                 ChannelActivity activity, SenderLanes lanes, DatabaseFailures databaseFailures, DeliveryConfig config) {
        this.outbox = outbox;
        this.channels = channels;
        this.answers = answers;
        this.chat = chat;
        this.delivery = delivery;
        this.activity = activity;
        this.lanes = lanes;
        this.databaseFailures = databaseFailures;
        // A part's transaction holds its message while the part is sent with all its retries, after the typing
        // indicator; it must not time out before, or a part the platform took would be sent again.
        this.sendTimeoutSeconds = (int) config.longestSend().plus(config.connectTimeout()).plus(config.requestTimeout())
                .toSeconds() + 30;
    }

    /** Queues a kept message on its sender's worker, unless it is queued here already or that worker is full (the sweep comes back for it). */
    void queue(long id, String channel, String sender) {
        if (!queued.add(id)) {
            return;
        }
        boolean taken = lanes.offer(channel + ":" + sender, () -> {
            try {
                work(id);
            } finally {
                queued.remove(id);
            }
        });
        if (!taken) {
            queued.remove(id);
            LOG.debugf("%s: message %d waits in the outbox: its worker is full", channel, id);
        }
    }

    void work(long id) {
        try {
            answer(id);
            PartSent step;
            do {
                step = sendNextPart(id);
            } while (step.more());
            if (step.replyDeliveredOn() != null) {
                // Once the commit that deletes the message has confirmed the reply fully sent: the channel's last success.
                activity.delivered(step.replyDeliveredOn());
            }
        } catch (RuntimeException e) {
            if (TurnConflicts.isConflict(e)) {
                LOG.debugf("message %d of the outbox lost the race for its conversation %d times; the sweep comes back for it",
                        id, TurnConflicts.ATTEMPTS);
            } else if (DatabaseFailures.isDatabaseFailure(e)) {
                databaseFailures.writeFailed("channel-outbox", e);
            } else {
                throw e;
            }
        }
    }

    /** Answers the message if it is still to answer and no other worker holds it; the turn and the reply commit together. */
    private void answer(long id) {
        try {
            TurnConflicts.retried(() -> answerKept(id, true));
        } catch (RuntimeException e) {
            if (DatabaseFailures.isDatabaseFailure(e) || TurnConflicts.isConflict(e)) {
                throw e;
            }
            // Not the database failing but a turn it refused, or a fault of ours: an apology rather than silence.
            LOG.errorf(e, "message %d of the outbox could not be answered; the citizen gets an apology", id);
            QuarkusTransaction.requiringNew().call(() -> answerKept(id, false));
        }
    }

    private boolean answerKept(long id, boolean withTurn) {
        Optional<OutboxMessage> locked = outbox.lock(id, OutboxMessage.RECEIVED);
        if (locked.isEmpty()) {
            return false;
        }
        OutboxMessage kept = locked.get();
        Channel channel = channels.named(kept.channel);
        Optional<ChannelReply> reply = withTurn
                ? answers.replyTo(channel, kept.inbound(), (on, sender, text) ->
                        chat.channelTurnInTransaction(on.name(), sender, on.readAsTyped(sender, text)))
                : Optional.of(ChannelReply.notice(ChannelAnswers.TROUBLE));
        if (reply.isEmpty()) {
            outbox.done(kept);
            return false;
        }
        outbox.answered(kept, channel.messages(kept.sender, reply.get()));
        return true;
    }

    /**
     * What one part's transaction left: whether parts remain, and the channel whose platform took the reply's last part
     * (null when nothing was sent, or the reply stopped at a part refused or with the channel off).
     */
    private record PartSent(boolean more, String replyDeliveredOn) {
        static final PartSent NOTHING_LEFT = new PartSent(false, null);
    }

    /** Sends the next part of the reply if no other worker holds it. */
    private PartSent sendNextPart(long id) {
        return QuarkusTransaction.requiringNew().timeout(sendTimeoutSeconds).call(() -> {
            Optional<OutboxMessage> locked = outbox.lock(id, OutboxMessage.ANSWERED);
            if (locked.isEmpty()) {
                return PartSent.NOTHING_LEFT;
            }
            OutboxMessage kept = locked.get();
            Channel channel = channels.named(kept.channel);
            List<JsonNode> parts = outbox.parts(kept);
            if (!channel.isOn()) {
                delivery.giveUp(kept.channel, kept.sender, parts, kept.partsSent, CHANNEL_OFF, 0);
                outbox.done(kept);
                return PartSent.NOTHING_LEFT;
            }
            if (kept.partsSent == 0) {
                channel.beforeReply(kept.sender);
            }
            if (!delivery.send(channel, kept.sender, parts, kept.partsSent)) {
                outbox.done(kept);
                return PartSent.NOTHING_LEFT;
            }
            if (kept.partsSent + 1 < parts.size()) {
                outbox.partSent(kept);
                return new PartSent(true, null);
            }
            outbox.done(kept);
            return new PartSent(false, channel.name());
        });
    }
}
