package vn.dvc.assistant.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConversationIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_780_000_000_123L;
        UUID id = ConversationIds.at(millis, new SecureRandom());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsTheDatabaseComparesThem() {
        SecureRandom random = new SecureRandom();
        String earlier = ConversationIds.at(1_780_000_000_123L, random).toString();
        String later = ConversationIds.at(1_780_000_000_124L, random).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " then " + later);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        SecureRandom random = new SecureRandom();
        assertNotEquals(ConversationIds.at(1_780_000_000_123L, random), ConversationIds.at(1_780_000_000_123L, random));
    }

    @Test
    void theIdIsWrittenAsTheChatApiAcceptsIt() {
        assertTrue(ConversationIds.next().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }
}
