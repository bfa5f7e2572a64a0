package vn.dvc.assistant.channels.zalo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import vn.dvc.assistant.channels.Signatures;

/**
 * The OA's access token, refreshed when it expires or Zalo refuses it. The refresh token is single-use: one
 * refresh at a time (a lock in this JVM, a row lock across instances), and the new pair is committed before
 * the new access token is used, so a crash never leaves the only valid refresh token in memory.
 */
@ApplicationScoped
class ZaloTokens {

    private static final Logger LOG = Logger.getLogger(ZaloTokens.class);

    private final ZaloConfig config;
    private final ZaloOAuth oauth;
    private final ReentrantLock refreshing = new ReentrantLock();

    ZaloTokens(ZaloConfig config, ZaloOAuth oauth) {
        this.config = config;
        this.oauth = oauth;
    }

    /** The access token to send with, refreshed first when it has expired or is about to. */
    String current() {
        ZaloToken token = QuarkusTransaction.requiringNew().call(() -> ZaloToken.<ZaloToken>findById(ZaloToken.OA));
        if (token == null) {
            throw new ZaloTokenException("no Zalo token is stored; set ZALO_REFRESH_TOKEN");
        }
        return usable(token) ? token.accessToken : replace(token.accessToken);
    }

    /**
     * A new access token in place of {@code stale} (expired, or refused by Zalo); if another thread or instance
     * has replaced it meanwhile, that one, without spending the refresh token again.
     */
    String replace(String stale) {
        refreshing.lock();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ZaloToken token = ZaloToken.findById(ZaloToken.OA, LockModeType.PESSIMISTIC_WRITE);
                if (token == null) {
                    throw new ZaloTokenException("no Zalo token is stored; set ZALO_REFRESH_TOKEN");
                }
                if (usable(token) && !token.accessToken.equals(stale)) {
                    return token.accessToken;
                }
                ZaloOAuth.TokenPair pair = oauth.refresh(token.refreshToken);
                token.accessToken = pair.accessToken();
                token.refreshToken = pair.refreshToken();
                token.accessExpiresAt = Instant.now().plus(pair.lifetime());
                token.updatedAt = Instant.now();
                token.flush();
                LOG.infof("zalo: access token refreshed; it expires at %s", token.accessExpiresAt);
                return token.accessToken;
            });
        } catch (ZaloTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("zalo: the refreshed token pair could not be stored; if Zalo issued one, the old refresh token is spent: "
                    + "set ZALO_REFRESH_TOKEN to a new one", e);
            throw new ZaloTokenException("the refreshed token pair could not be stored");
        } finally {
            refreshing.unlock();
        }
    }

    /** Takes the configured tokens, unless the stored pair already descends from these very ones. */
    void seed(@Observes StartupEvent start) {
        if (!config.missingSecrets().isEmpty()) {
            return;
        }
        String refreshToken = config.refreshToken().orElseThrow();
        String accessToken = config.accessToken().filter(t -> !t.isBlank()).orElse(null);
        String fingerprint = Signatures.sha256Hex((refreshToken + "\n" + (accessToken == null ? "" : accessToken)).getBytes(StandardCharsets.UTF_8));
        boolean seeded = QuarkusTransaction.requiringNew().call(() -> {
            ZaloToken token = ZaloToken.findById(ZaloToken.OA, LockModeType.PESSIMISTIC_WRITE);
            if (token != null && fingerprint.equals(token.seedFingerprint)) {
                return false;
            }
            if (token == null) {
                token = new ZaloToken();
                token.id = ZaloToken.OA;
            }
            token.refreshToken = refreshToken;
            token.accessToken = accessToken;
            token.accessExpiresAt = null;
            token.seedFingerprint = fingerprint;
            token.updatedAt = Instant.now();
            token.persist();
            return true;
        });
        LOG.infof(seeded ? "zalo: starting from the configured tokens" : "zalo: carrying on with the stored tokens, newer than the configured ones");
    }

    private boolean usable(ZaloToken token) {
        return token.accessToken != null
                && (token.accessExpiresAt == null || Instant.now().plus(config.tokenRefreshMargin()).isBefore(token.accessExpiresAt));
    }
}
