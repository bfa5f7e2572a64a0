package vn.dvc.assistant.channels;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reply the platform did not take, kept so that nobody's answer is silently lost. */
@Entity
@Table(name = "channel_failed_send")
public class FailedSend extends PanacheEntityBase {

    static final int PAYLOAD_LENGTH = 32000;

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 16)
    public String channel;

    @Column(nullable = false, length = 64)
    public String recipient;

    @Column(length = 64)
    public String errorCode;

    @Column(length = 1000)
    public String errorMessage;

    /** The JSON that was to be sent (without the token, which travels in the URL or a header). */
    @Column(nullable = false, length = PAYLOAD_LENGTH)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public Instant failedAt;
}
