package vn.dvc.assistant.channels.zalo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The OA's current token pair. The refresh token is single-use and replaced at every refresh, so the pair
 * lives here, not in memory: a restart or another instance carries on with the latest one.
 */
@Entity
@Table(name = "zalo_token")
public class ZaloToken extends PanacheEntityBase {

    /** The one row: the assistant speaks for one Official Account. */
    static final String OA = "oa";

    @Id
    @Column(length = 16)
    public String id;

    /** Null until the first refresh when only a refresh token was configured. */
    @Column(length = 4000)
    public String accessToken;

    /** When the access token expires; null when unknown (a configured one), then used until Zalo refuses it. */
    public Instant accessExpiresAt;

    @Column(nullable = false, length = 4000)
    public String refreshToken;

    /** A digest of the configured tokens this pair started from, to notice when the operator sets new ones. */
    @Column(nullable = false, length = 64)
    public String seedFingerprint;

    @Column(nullable = false)
    public Instant updatedAt;
}
