package vn.dvc.assistant.conversation;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Conversation ids as UUID version 7 (RFC 9562): the creation time's milliseconds first, then 74 random bits. The
 * id is what lets a client carry a conversation on, so it must not be guessable; and it is the key of the
 * conversation table and of the turns' index, where random keys made every new conversation write into a random
 * page of both B-trees. Ordered by time, new keys land together at the end.
 */
public final class ConversationIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationIds() {
    }

    public static String next() {
        return at(System.currentTimeMillis(), RANDOM).toString();
    }

    static UUID at(long epochMillis, SecureRandom random) {
        long randomHigh = random.nextLong();
        long randomLow = random.nextLong();
        long most = (epochMillis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long least = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
