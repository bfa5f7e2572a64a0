package vn.dvc.assistant.conversation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.dvc.assistant.dialogue.DialogueState;

/** A conversation with one citizen, on one channel, with what it remembers between turns. */
@Entity
@Table(name = "conversation", indexes = @Index(name = "conversation_by_last_turn", columnList = "updatedAt"))
public class Conversation extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    /** web, messenger or zalo. */
    @Column(nullable = false, length = 16)
    public String channel;

    /** The citizen's id on a messaging channel; null on the web. */
    @Column(length = 64)
    public String externalUser;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int turnCount;

    @Column(length = 100)
    public String focusProcedureId;

    @Column(length = 32)
    public String focusAspect;

    /** The procedure ids offered by an open clarifying question, comma-separated. */
    @Column(length = 1000)
    public String pendingChoices;

    /**
     * Whether the row exists, for {@link ConversationStore#record}: a conversation from {@link ConversationStore#start}
     * is inserted with its first turn, one found for a turn is updated.
     */
    @Transient
    boolean stored;

    Conversation stored() {
        stored = true;
        return this;
    }

    public DialogueState state() {
        List<String> choices = pendingChoices == null || pendingChoices.isEmpty()
                ? List.of() : Arrays.asList(pendingChoices.split(","));
        return new DialogueState(focusProcedureId, focusAspect, choices);
    }

    void remember(DialogueState state) {
        focusProcedureId = state.focusProcedureId();
        focusAspect = state.focusAspect();
        pendingChoices = String.join(",", state.pendingChoices());
    }
}
