package vn.dvc.assistant.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.Timeouts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The messages acknowledged to a platform and not yet fully answered, in the database: kept in the transaction that
 * records the message as taken, answered with the turn in one commit, sent part by part, deleted when done. Every
 * step locks its message with SELECT ... FOR UPDATE SKIP LOCKED (H2 and PostgreSQL alike): a worker never waits for
 * one another worker, of this instance or another, holds, and never takes it twice.
 */
@ApplicationScoped
class Outbox {

    /** A message no worker holds, found by the sweep. */
    record Waiting(Long id, String channel, String sender) {
    }

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    private final ProcessedMessages processed;
    private final ObjectMapper mapper;

    Outbox(ProcessedMessages processed, ObjectMapper mapper) {
        this.processed = processed;
        this.mapper = mapper;
    }

    /**
     * Keeps a message to answer, in the transaction that records it as taken: its id in the outbox, or empty when it
     * was taken before. A database failure is thrown.
     */
    Optional<Long> keep(String channel, InboundMessage message) {
        return processed.takeOnce(channel, message.messageId(), storedId -> {
            OutboxMessage kept = OutboxMessage.received(channel, storedId, message);
            kept.persist();
            return kept.id;
        });
    }

    /**
     * The message, locked until the transaction ends, when it is in {@code state}; empty when it has moved on (done,
     * or answered already) or another worker holds it right now. Must run in a transaction.
     */
    Optional<OutboxMessage> lock(long id, String state) {
        return OutboxMessage.<OutboxMessage>find("id = ?1 and state = ?2", id, state)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .singleResultOptional();
    }

    /** The turn is stored in this transaction: the reply goes with it, and the citizen's words are no longer needed. */
    void answered(OutboxMessage kept, List<ObjectNode> parts) {
        try {
            kept.parts = mapper.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
        kept.state = OutboxMessage.ANSWERED;
        kept.text = null;
        kept.updatedAt = Instant.now();
    }

    List<JsonNode> parts(OutboxMessage kept) {
        try {
            List<JsonNode> parts = new ArrayList<>();
            mapper.readTree(kept.parts).forEach(parts::add);
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException("the outbox holds JSON it wrote itself", e);
        }
    }

    void partSent(OutboxMessage kept) {
        kept.partsSent++;
        kept.updatedAt = Instant.now();
    }

    void done(OutboxMessage kept) {
        kept.delete();
    }

    /** Messages no worker has moved on since {@code before}, the oldest first, at most {@code limit}. Runs in its own transaction. */
    List<Waiting> waiting(Instant before, int limit) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.find("updatedAt < ?1 order by receivedAt, id", before)
                        .project(Waiting.class).page(0, limit).list());
    }
}
