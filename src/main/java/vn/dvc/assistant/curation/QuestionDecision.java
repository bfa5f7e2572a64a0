package vn.dvc.assistant.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What staff decided about one group of questions to improve: assigned to a procedure, out of scope, or resolved. */
@Entity
@Table(name = "question_decision")
public class QuestionDecision extends PanacheEntityBase {

    /** The SHA-256 of the folded question, so that a key of any length fits an index on every database. */
    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false, length = 4000)
    public String foldedQuestion;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(length = 100)
    public String procedureId;

    @Column(length = 32)
    public String aspect;

    @Column(nullable = false, length = 64)
    public String decidedBy;

    @Column(nullable = false)
    public Instant decidedAt;
}
