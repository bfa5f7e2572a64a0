package vn.dvc.assistant.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current text of a knowledge-base file staff saved, laid over the folder's file of the same path. */
@Entity
@Table(name = "knowledge_file")
public class KnowledgeFile extends PanacheEntityBase {

    static final int MAX_TEXT = 200_000;

    /** Relative to the knowledge-base folder, e.g. procedures/hkd-cham-dut-hoat-dong.md. */
    @Id
    @Column(length = 200)
    public String path;

    @Column(nullable = false, length = MAX_TEXT)
    public String content;

    /** Saves of this path so far: 1 after the first (0 stands for the folder's own file). */
    @Column(nullable = false)
    public int revision;

    @Column(nullable = false, length = 64)
    public String changedBy;

    @Column(nullable = false)
    public Instant changedAt;
}
