package vn.dvc.assistant.channels;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a channel last delivered a reply, and the platform's last refusal: one row per channel, for every instance. */
@Entity
@Table(name = "channel_status")
public class ChannelStatus extends PanacheEntityBase {

    @Id
    @Column(length = 16)
    public String channel;

    public Instant lastSuccessAt;

    public Instant lastErrorAt;

    @Column(length = 64)
    public String lastErrorCode;

    @Column(length = 1000)
    public String lastErrorMessage;
}
