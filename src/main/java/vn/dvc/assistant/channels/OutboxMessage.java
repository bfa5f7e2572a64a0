package vn.dvc.assistant.channels;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A platform message acknowledged and not yet fully answered: kept until its reply is sent, so that a crash
 * between the acknowledgement and the answer loses nothing (V7). Deleted once done.
 */
@Entity
@Table(name = "channel_outbox")
public class OutboxMessage extends PanacheEntityBase {

    /** Taken, not answered yet. */
    static final String RECEIVED = "received";
    /** The turn stored with its reply in {@link #parts}; parts from {@link #partsSent} on are still to send. */
    static final String ANSWERED = "answered";

    static final int TEXT_LENGTH = 65536;
    static final int PARTS_LENGTH = 1_000_000;

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 16)
    public String channel;

    @Column(nullable = false, length = ProcessedMessage.ID_LENGTH)
    public String messageId;

    @Column(nullable = false, length = InboundMessage.MAX_SENDER_LENGTH)
    public String sender;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(length = TEXT_LENGTH)
    public String text;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(length = PARTS_LENGTH)
    public String parts;

    @Column(nullable = false)
    public int partsSent;

    @Column(nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public Instant updatedAt;

    static OutboxMessage received(String channel, String messageKey, InboundMessage message) {
        OutboxMessage kept = new OutboxMessage();
        kept.channel = channel;
        kept.messageId = messageKey;
        kept.sender = message.sender();
        kept.kind = message.kind().name().toLowerCase(Locale.ROOT);
        // Longer than any body the webhooks accept; a text cut here is still refused as too long by the chat.
        kept.text = message.text() == null ? null : TextSplitter.head(message.text(), TEXT_LENGTH);
        kept.state = RECEIVED;
        kept.receivedAt = Instant.now();
        kept.updatedAt = kept.receivedAt;
        return kept;
    }

    /** The message as the webhook read it. */
    InboundMessage inbound() {
        return new InboundMessage(messageId, sender, InboundMessage.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), text);
    }
}
