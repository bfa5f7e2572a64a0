package vn.dvc.assistant.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change or export made through the admin API: who, when, what, on what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false)
    public Instant happenedAt;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(length = 500)
    public String target;

    @Column(length = 2000)
    public String detail;
}
