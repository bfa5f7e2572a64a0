package vn.dvc.assistant.channels;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.chat.ChatService;
import vn.dvc.assistant.operations.DatabaseFailures;

/**
 * Takes a platform's event for answering before the webhook acknowledges it: kept in the outbox, in the transaction
 * that records it as taken, then answered on its sender's worker (in order: two quick messages are two turns of one
 * conversation). The same assistant as the web chat, one conversation per channel and citizen.
 */
@ApplicationScoped
public class ChannelRelay {

    private static final Logger LOG = Logger.getLogger(ChannelRelay.class);

    private final Outbox outbox;
    private final OutboxWorker worker;
    private final ChannelAnswers answers;
    private final ChatService chat;
    private final ReplyDelivery delivery;
    private final SenderLanes lanes;
    private final DatabaseFailures databaseFailures;

    ChannelRelay(Outbox outbox, OutboxWorker worker, ChannelAnswers answers, ChatService chat, ReplyDelivery delivery,
                 SenderLanes lanes, DatabaseFailures databaseFailures) {
        this.outbox = outbox;
        this.worker = worker;
        this.answers = answers;
        this.chat = chat;
        this.delivery = delivery;
        this.lanes = lanes;
        this.databaseFailures = databaseFailures;
    }

    /** Keeps the event and queues it; returns once it is kept, so that the acknowledgement promises an answer. */
    public void accept(Channel channel, InboundMessage message) {
        if (!InboundMessage.fits(message)) {
            // Signed by the platform yet not what it sends (its ids are a few dozen digits): nothing to store or answer.
            LOG.warnf("%s: an event whose sender id cannot be the platform's (blank, over 64 characters or with control characters) was dropped", channel.name());
            return;
        }
        Optional<Long> kept;
        try {
            kept = outbox.keep(channel.name(), message);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            databaseFailures.writeFailed("channel-message", e);
            answerKeptNowhere(channel, message);
            return;
        }
        if (kept.isEmpty()) {
            LOG.debugf("%s: message %s was delivered again; it is answered once", channel.name(), message.messageId());
            return;
        }
        worker.queue(kept.get(), channel.name(), message.sender());
    }

    /**
     * Without the database the message is answered from memory, as the web chat answers, rather than not at all: a
     * crash before the answer loses it, and a redelivery during the outage may be answered twice.
     */
    private void answerKeptNowhere(Channel channel, InboundMessage message) {
        boolean taken = lanes.offer(channel.name() + ":" + message.sender(), () -> {
            ChannelReply reply;
            try {
                reply = answers.replyTo(channel, message, (on, sender, text) -> chat.channelTurn(on.name(), sender, readAsTyped(on, sender, text)))
                        .orElse(null);
            } catch (PersistenceException refused) {
                LOG.errorf(refused, "%s: message %s could not be answered", channel.name(), message.messageId());
                reply = ChannelReply.notice(ChannelAnswers.TROUBLE);
            }
            if (reply != null) {
                delivery.sendAll(channel, message.sender(), channel.messages(message.sender(), reply));
            }
        });
        if (!taken) {
            throw new ApiException(503, "busy", "too many messages are waiting to be answered; deliver this event again later");
        }
    }

    /** A channel may read the text against the stored conversation (Zalo's numbered replies); without the database, as typed. */
    private static String readAsTyped(Channel channel, String sender, String text) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> channel.readAsTyped(sender, text));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            return text;
        }
    }
}
