package vn.dvc.assistant.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.LockMode;
import org.hibernate.StatelessSession;

import vn.dvc.assistant.dialogue.Reply;
import vn.dvc.assistant.privacy.PersonalDataMask;

/**
 * Keeps conversations and their turns in the database, so any instance can carry a conversation on. A turn reads and
 * writes its conversation through the transaction's stateless session: the same statements and locks as the
 * persistence context's, run at once, without its bookkeeping (the flush's dirty checks and action queue, the second
 * flush at commit): Hibernate's own work was a sixth of a turn's execution samples (docs/benchmarks.md).
 */
@ApplicationScoped
public class ConversationStore {

    public static final String WEB = "web";

    private final StatelessSession turnSession;

    ConversationStore(StatelessSession turnSession) {
        this.turnSession = turnSession;
    }

    /**
     * A new conversation, stored by {@link #record} with its first turn: one insert with the state that turn leaves,
     * rather than an insert and then an update of the same row in the same commit.
     */
    public Conversation start(String channel, String externalUser) {
        Conversation conversation = new Conversation();
        conversation.id = ConversationIds.next();
        conversation.channel = channel;
        conversation.externalUser = externalUser;
        conversation.createdAt = Instant.now();
        conversation.updatedAt = conversation.createdAt;
        return conversation;
    }

    public Optional<Conversation> find(String id) {
        return Conversation.findByIdOptional(id);
    }

    /**
     * The conversation with its row locked until the transaction ends, for a turn: a second turn of the same
     * conversation (a double click, two tabs, two replicas) waits until this one is stored, so that it reads the
     * context this one left and takes the next number. On every instance alike, as the lock is the database's.
     */
    public Optional<Conversation> findForTurn(String id) {
        return Optional.ofNullable(turnSession.get(Conversation.class, id, LockMode.PESSIMISTIC_WRITE)).map(Conversation::stored);
    }

    public Optional<Conversation> findByChannelUser(String channel, String externalUser) {
        return Conversation.find("channel = ?1 and externalUser = ?2", channel, externalUser).firstResultOptional();
    }

    /** A channel citizen's conversation, locked for a turn as {@link #findForTurn} does. */
    public Optional<Conversation> findByChannelUserForTurn(String channel, String externalUser) {
        return turnSession.createSelectionQuery("from Conversation where channel = ?1 and externalUser = ?2", Conversation.class)
                .setParameter(1, channel).setParameter(2, externalUser)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1)
                .getResultList().stream().findFirst().map(Conversation::stored);
    }

    /** The columns' sizes (V1): a catalogue record's long names and texts are stored cut, never refused. */
    private static final int REPLY_TEXT_COLUMN = 8000;
    private static final int QUICK_REPLIES_COLUMN = 2000;

    private static String clipped(String text, int column) {
        return text.length() <= column ? text : text.substring(0, column - 1) + "…";
    }

    /**
     * Stores a turn with personal data in the message masked; the dialogue has already read it as typed. The
     * conversation must come from {@link #start} (it is stored here, with its first turn) or a {@code ...ForTurn}
     * lookup in this transaction: its lock is what makes the next number free (the unique constraint turn_number_once
     * refuses a duplicate regardless).
     */
    public ConversationTurn record(Conversation conversation, String message, Reply reply) {
        ConversationTurn turn = new ConversationTurn();
        turn.conversation = conversation;
        turn.position = ++conversation.turnCount;
        turn.message = PersonalDataMask.mask(message);
        turn.foldedQuestion = ConversationTurn.foldedQuestion(turn.message);
        turn.replyType = reply.type().key();
        turn.procedureId = reply.procedureId();
        turn.aspect = reply.aspect();
        turn.score = reply.confidence();
        turn.guideVersion = reply.guideVersion();
        turn.replyText = clipped(reply.text(), REPLY_TEXT_COLUMN);
        turn.quickReplies = clipped(String.join("\n", reply.quickReplies()), QUICK_REPLIES_COLUMN);
        turn.createdAt = Instant.now();
        conversation.remember(reply.next());
        conversation.updatedAt = turn.createdAt;
        // Each statement runs now rather than at commit, so that a database failure is this call's exception, which the
        // chat answers without storing, not a stack trace the transaction manager logs for every turn of an outage.
        if (conversation.stored) {
            turnSession.insert(turn);
            turnSession.update(conversation);
        } else {
            turnSession.insert(conversation);
            turnSession.insert(turn);
            conversation.stored = true;
        }
        return turn;
    }

    /** The turn at {@code position} (1 for the first) of the conversation, if it has that many. */
    public Optional<ConversationTurn> turn(Conversation conversation, int position) {
        return ConversationTurn.find("conversation = ?1 and position = ?2", conversation, position).firstResultOptional();
    }

    public List<ConversationTurn> turns(Conversation conversation) {
        return ConversationTurn.list("conversation = ?1 order by position", conversation);
    }
}
