package vn.dvc.assistant.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The single row every save counts up; instances poll it to know when to rebuild their index. */
@Entity
@Table(name = "knowledge_version")
public class KnowledgeVersion extends PanacheEntityBase {

    static final int THE_ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public Instant changedAt;
}
