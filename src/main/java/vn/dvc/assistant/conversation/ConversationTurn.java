package vn.dvc.assistant.conversation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.dvc.assistant.search.VietnameseText;

/** One question and the reply it got, with how the reply was reached. */
@Entity
@Table(name = "conversation_turn",
        uniqueConstraints = @UniqueConstraint(name = "turn_number_once", columnNames = {"conversation_id", "position"}),
        indexes = @Index(name = "turn_by_time", columnList = "createdAt"))
public class ConversationTurn extends PanacheEntityBase {

    static final int MAX_MESSAGE_LENGTH = 4000;

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    public Conversation conversation;

    /** 1 for the first turn of the conversation. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = MAX_MESSAGE_LENGTH)
    public String message;

    /**
     * The masked message folded (VietnameseText.foldedWords), stored so that the admin page can group one question
     * typed with or without diacritics in SQL. Null only on turns stored before the column existed, until
     * {@link FoldedQuestionBackfill} fills them.
     */
    @Column(name = "folded_question", length = MAX_MESSAGE_LENGTH)
    public String foldedQuestion;

    @Column(nullable = false, length = 16)
    public String replyType;

    @Column(length = 100)
    public String procedureId;

    @Column(length = 32)
    public String aspect;

    /** How sure the assistant was of the procedure, 0 to 1. */
    public double score;

    /** The version of the guide the answer came from. */
    @Column(length = 64)
    public String guideVersion;

    @Column(nullable = false, length = 8000)
    public String replyText;

    /** Quick replies offered, one a line. */
    @Column(length = 2000)
    public String quickReplies;

    @Column(nullable = false)
    public Instant createdAt;

    /** Folded from the masked message, so that the folded copy holds no personal data either. */
    static String foldedQuestion(String maskedMessage) {
        String folded = VietnameseText.foldedWords(maskedMessage);
        return folded.length() <= MAX_MESSAGE_LENGTH ? folded : folded.substring(0, MAX_MESSAGE_LENGTH);
    }

    public List<String> quickReplyList() {
        return quickReplies == null || quickReplies.isEmpty() ? List.of() : Arrays.asList(quickReplies.split("\n"));
    }
}
