package vn.dvc.assistant.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A citizen's verdict on one answer: useful or not, with an optional comment. */
@Entity
@Table(name = "feedback", uniqueConstraints = @UniqueConstraint(name = "one_feedback_per_answer",
        columnNames = {"conversation_id", "turn_number"}))
public class Feedback extends PanacheEntityBase {

    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue
    public Long id;

    /** A plain id rather than a relation, so that deleting old conversations stays one query per table. */
    @Column(name = "conversation_id", nullable = false, length = 36)
    public String conversationId;

    /** The position of the answered turn in its conversation, 1 for the first. */
    @Column(name = "turn_number", nullable = false)
    public int turn;

    @Column(nullable = false)
    public boolean useful;

    @Column(length = MAX_COMMENT_LENGTH)
    public String comment;

    @Column(nullable = false)
    public Instant createdAt;

    public static boolean existsFor(String conversationId, int turn) {
        return count("conversationId = ?1 and turn = ?2", conversationId, turn) > 0;
    }
}
