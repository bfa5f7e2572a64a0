package vn.dvc.assistant.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Logins that last {@code assistant.staff.session-length}. The browser holds a random token in an HttpOnly cookie;
 * the database holds only its SHA-256, so a copy of the database logs nobody in, and every replica knows the session.
 */
@ApplicationScoped
public class StaffSessions {

    /** A new login: the token for the cookie and when it ends. */
    public record Opened(String token, Instant expiresAt, StaffMember member) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffConfig config;

    StaffSessions(StaffConfig config) {
        this.config = config;
    }

    @Transactional
    public Opened open(StaffMember member) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        StaffSession session = new StaffSession();
        session.id = digest(token);
        session.username = member.username();
        session.createdAt = Instant.now();
        session.expiresAt = session.createdAt.plus(config.sessionLength());
        session.persist();
        return new Opened(token, session.expiresAt, member);
    }

    /** The staff member logged in with this token, while the session lasts and the account is on. */
    @Transactional
    public Optional<StaffMember> member(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        StaffSession session = StaffSession.findById(digest(token));
        if (session == null || !session.expiresAt.isAfter(Instant.now())) {
            return Optional.empty();
        }
        StaffAccount account = StaffAccount.findById(session.username);
        return account != null && account.active ? Optional.of(account.member()) : Optional.empty();
    }

    @Transactional
    public void close(String token) {
        if (token != null && token.length() <= 100) {
            StaffSession.deleteById(digest(token));
        }
    }

    public StaffConfig config() {
        return config;
    }

    @Scheduled(every = "1h", identity = "staff-session-purge", delayed = "1m")
    @Transactional
    void purgeExpired() {
        StaffSession.delete("expiresAt < ?1", Instant.now());
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
