package vn.dvc.assistant.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.ProcessedMessage;
import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.feedback.Feedback;

@QuarkusTest
class ConversationRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    @Inject
    ConversationRetention retention;

    @Test
    void deletesOnlyConversationsIdleLongerThanTheRetentionWithTheirTurnsAndFeedback() {
        Instant now = Instant.now();
        String old = conversation(now.minus(RETENTION).minus(Duration.ofDays(1)));
        String justKept = conversation(now.minus(RETENTION).plus(Duration.ofHours(1)));
        String recent = conversation(now.minus(Duration.ofMinutes(5)));

        retention.purgeOlderThan(now.minus(RETENTION));

        assertGone(old);
        assertKept(justKept);
        assertKept(recent);
    }

    @Test
    void deletesInBatchesUntilNothingOldIsLeft() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        Instant cutoff = longAgo.plus(Duration.ofDays(1));
        int count = ConversationRetention.BATCH + 3;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                newConversation(longAgo).persist();
            }
        });

        ConversationRetention.Purged purged = retention.purgeOlderThan(cutoff);

        assertTrue(purged.conversations() >= count, "deleted " + purged.conversations());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Conversation.count("updatedAt < ?1", cutoff)));
    }

    @Test
    void deletesChannelRecordsOlderThanTheRetention() {
        Instant now = Instant.now();
        String oldId = "mid.old-" + UUID.randomUUID();
        String recentId = "mid.recent-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            processedMessage(oldId, now.minus(RETENTION).minusSeconds(60)).persist();
            processedMessage(recentId, now).persist();
            failedSend("old-recipient", now.minus(RETENTION).minusSeconds(60)).persist();
            failedSend("recent-recipient", now).persist();
        });

        retention.purgeOlderThan(now.minus(RETENTION));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, ProcessedMessage.count("messageId", oldId));
            assertEquals(1, ProcessedMessage.count("messageId", recentId));
            assertEquals(0, FailedSend.count("recipient", "old-recipient"));
            assertEquals(1, FailedSend.count("recipient", "recent-recipient"));
        });
    }

    /** A conversation last active at {@code lastActivity}, with two turns and a rating of the first. */
    private static String conversation(Instant lastActivity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Conversation conversation = newConversation(lastActivity);
            conversation.persist();
            for (int position = 1; position <= 2; position++) {
                ConversationTurn turn = new ConversationTurn();
                turn.conversation = conversation;
                turn.position = position;
                turn.message = "câu hỏi " + position;
                turn.replyType = "answer";
                turn.replyText = "trả lời";
                turn.createdAt = lastActivity;
                turn.persist();
            }
            conversation.turnCount = 2;
            Feedback feedback = new Feedback();
            feedback.conversationId = conversation.id;
            feedback.turn = 1;
            feedback.useful = true;
            feedback.createdAt = lastActivity;
            feedback.persist();
            return conversation.id;
        });
    }

    private static Conversation newConversation(Instant lastActivity) {
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID().toString();
        conversation.channel = "web";
        conversation.createdAt = lastActivity.minus(Duration.ofMinutes(10));
        conversation.updatedAt = lastActivity;
        return conversation;
    }

    private static ProcessedMessage processedMessage(String messageId, Instant receivedAt) {
        ProcessedMessage message = new ProcessedMessage();
        message.channel = "messenger";
        message.messageId = messageId;
        message.receivedAt = receivedAt;
        return message;
    }

    private static FailedSend failedSend(String recipient, Instant failedAt) {
        FailedSend failed = new FailedSend();
        failed.channel = "zalo";
        failed.recipient = recipient;
        failed.payload = "{}";
        failed.attempts = 1;
        failed.failedAt = failedAt;
        return failed;
    }

    private static void assertGone(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertFalse(Conversation.findByIdOptional(id).isPresent(), "conversation " + id + " is still there");
            assertEquals(0, ConversationTurn.count("conversation.id", id));
            assertEquals(0, Feedback.count("conversationId", id));
        });
    }

    private static void assertKept(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(Conversation.findByIdOptional(id).isPresent(), "conversation " + id + " was deleted");
            assertEquals(2, ConversationTurn.count("conversation.id", id));
            assertEquals(1, Feedback.count("conversationId", id));
        });
    }
}
