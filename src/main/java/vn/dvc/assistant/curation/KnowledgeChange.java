package vn.dvc.assistant.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One save of one file: who, when, why, and the text before and after. */
@Entity
@Table(name = "knowledge_change")
public class KnowledgeChange extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 200)
    public String path;

    @Column(nullable = false)
    public int revision;

    /** Null when the save created the file. */
    @Column(length = KnowledgeFile.MAX_TEXT)
    public String beforeText;

    @Column(nullable = false, length = KnowledgeFile.MAX_TEXT)
    public String afterText;

    @Column(length = 500)
    public String reason;

    @Column(nullable = false, length = 64)
    public String changedBy;

    @Column(nullable = false)
    public Instant changedAt;
}
