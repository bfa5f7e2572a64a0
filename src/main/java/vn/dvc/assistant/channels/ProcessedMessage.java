package vn.dvc.assistant.channels;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A platform message already taken for answering; the unique key makes a second delivery a no-op. */
@Entity
@Table(name = "channel_processed_message",
        uniqueConstraints = @UniqueConstraint(name = "processed_message_once", columnNames = {"channel", "messageId"}))
public class ProcessedMessage extends PanacheEntityBase {

    static final int ID_LENGTH = 200;

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 16)
    public String channel;

    @Column(nullable = false, length = ID_LENGTH)
    public String messageId;

    @Column(nullable = false)
    public Instant receivedAt;
}
