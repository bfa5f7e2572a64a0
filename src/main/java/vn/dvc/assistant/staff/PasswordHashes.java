package vn.dvc.assistant.staff;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt through Bouncy Castle: the standard "$2y$" strings any bcrypt library reads, with a random salt each, and a
 * comparison in constant time. Cost 12 takes about a quarter of a second on one core: slow for a guesser, fine for a
 * login.
 */
final class PasswordHashes {

    static final int COST = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without a word, so it is refused instead. */
    static final int MAX_BYTES = 72;
    static final int MIN_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
    }

    static boolean matches(String password, String hash) {
        if (unencodable(password)) {
            return false; // no password that could be stored matches it; answered at once, whatever the account
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException e) {
            return false; // not a bcrypt string: no password matches it
        }
    }

    /** Why a new password is refused, or null when it is acceptable. */
    static String problem(String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (unencodable(password)) {
            return "the password holds an invalid character (an unpaired UTF-16 surrogate)";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "the password must fit in " + MAX_BYTES + " bytes (bcrypt reads no more)";
        }
        return null;
    }

    /** A lone UTF-16 surrogate has no UTF-8 form, which bcrypt hashes: Bouncy Castle would throw on it. */
    private static boolean unencodable(String password) {
        return password.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
