package vn.dvc.assistant.retention;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.ProcessedMessage;
import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.feedback.Feedback;
import vn.dvc.assistant.privacy.PrivacyConfig;

/** Deletes what is kept about citizens once it is older than the retention period. */
@ApplicationScoped
public class ConversationRetention {

    private static final Logger LOG = Logger.getLogger(ConversationRetention.class);

    /** Conversations deleted per transaction: short locks, and a failure loses only one batch's work. */
    static final int BATCH = 500;

    /** What one purge deleted. */
    public record Purged(long conversations, long processedMessages, long failedSends) {
    }

    private final PrivacyConfig config;
    private final EntityManager entityManager;

    ConversationRetention(PrivacyConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${assistant.privacy.purge-every}", identity = "conversation-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        Purged purged = purgeOlderThan(Instant.now().minus(config.retention()));
        if (purged.conversations() + purged.processedMessages() + purged.failedSends() > 0) {
            LOG.infof("Retention %s: deleted %d conversation(s) with their turns and feedback, %d channel message id(s), "
                    + "%d failed send(s)", config.retention(), purged.conversations(), purged.processedMessages(),
                    purged.failedSends());
        }
    }

    /** Deletes conversations last active before {@code cutoff} with their turns and feedback, and older channel records. */
    public Purged purgeOlderThan(Instant cutoff) {
        long conversations = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch(cutoff));
            conversations += deleted;
        } while (deleted == BATCH);
        long processedMessages = QuarkusTransaction.requiringNew().call(() -> ProcessedMessage.delete("receivedAt < ?1", cutoff));
        long failedSends = QuarkusTransaction.requiringNew().call(() -> FailedSend.delete("failedAt < ?1", cutoff));
        return new Purged(conversations, processedMessages, failedSends);
    }

    private int deleteBatch(Instant cutoff) {
        List<String> ids = entityManager
                .createQuery("select c.id from Conversation c where c.updatedAt < :cutoff", String.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Feedback.delete("conversationId in ?1", ids);
        ConversationTurn.delete("conversation.id in ?1", ids);
        return (int) Conversation.delete("id in ?1", ids);
    }
}
