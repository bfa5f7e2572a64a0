package vn.dvc.assistant.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A logged-in browser, in the database so that every replica knows it; only the token's SHA-256 is kept. */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;
}
