package vn.dvc.assistant.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named staff member who logs in to the admin page; the password is kept only as its bcrypt hash. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String username;

    @Column(nullable = false, length = 200)
    public String displayName;

    /** A {@link Role} key. */
    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    /** A departed staff member's account is switched off, not deleted, so that the audit log still names them. */
    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    StaffMember member() {
        return new StaffMember(username, displayName, Role.fromKey(role).orElse(Role.VIEWER));
    }
}
