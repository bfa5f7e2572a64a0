package vn.dvc.assistant.staff;

import java.util.Locale;
import java.util.Optional;

/** What a staff member may do; each role may do everything the ones before it may. */
public enum Role {
    /** Reads the statistics, conversations, questions, guides and history. */
    VIEWER,
    /** Also edits guides, assigns and sets aside questions, reloads, resends failed channel messages. */
    EDITOR,
    /** Also manages staff accounts and reads the audit log. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
