package vn.dvc.assistant.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** Creating, changing and listing staff accounts; checking a password at login. */
@ApplicationScoped
public class StaffAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** An account as the admin page lists it (never its hash). */
    public record Account(String username, String displayName, String role, boolean active, Instant createdAt, Instant updatedAt) {
        static Account of(StaffAccount a) {
            return new Account(a.username, a.displayName, a.role, a.active, a.createdAt, a.updatedAt);
        }
    }

    /** A request the accounts refuse, with the field at fault. */
    public static class Refused extends RuntimeException {
        private final String error;

        Refused(String error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** A bcrypt hash of nothing anyone types: an unknown username costs as long as a wrong password. */
    private static final String NO_ACCOUNT_HASH = PasswordHashes.hash("no account has this password " + Instant.now());

    @Transactional
    public List<Account> list() {
        return StaffAccount.<StaffAccount>listAll(Sort.ascending("username")).stream().map(Account::of).toList();
    }

    @Transactional
    public Account create(String username, String displayName, String role, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Refused("invalid_username", "the username must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (StaffAccount.findById(username) != null) {
            throw new Refused("username_taken", "there is already an account '" + username + "'");
        }
        StaffAccount account = new StaffAccount();
        account.username = username;
        account.displayName = displayName(displayName, username);
        account.role = role(role).key();
        account.passwordHash = PasswordHashes.hash(password(password));
        account.active = true;
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        account.persist();
        return Account.of(account);
    }

    /** Changes the fields given (null: unchanged); switching an account off or a new password ends its sessions. */
    @Transactional
    public Optional<Account> update(String username, String displayName, String role, String password, Boolean active) {
        StaffAccount account = StaffAccount.findById(username);
        if (account == null) {
            return Optional.empty();
        }
        if (displayName != null) {
            account.displayName = displayName(displayName, username);
        }
        if (role != null) {
            account.role = role(role).key();
        }
        if (password != null) {
            account.passwordHash = PasswordHashes.hash(password(password));
        }
        if (active != null) {
            account.active = active;
        }
        if (password != null || Boolean.FALSE.equals(active) || role != null) {
            StaffSession.delete("username", username);
        }
        account.updatedAt = Instant.now();
        return Optional.of(Account.of(account));
    }

    /** The staff member whose password this is; empty for a wrong password, an unknown or a switched-off account. */
    @Transactional
    public Optional<StaffMember> authenticate(String username, String password) {
        StaffAccount account = username == null ? null : StaffAccount.findById(username);
        String hash = account == null ? NO_ACCOUNT_HASH : account.passwordHash;
        boolean matches = password != null && PasswordHashes.matches(password, hash);
        return matches && account != null && account.active ? Optional.of(account.member()) : Optional.empty();
    }

    private static Role role(String key) {
        return Role.fromKey(key == null ? "" : key).orElseThrow(() -> new Refused("invalid_role",
                "the role must be viewer, editor or admin, not '" + key + "'"));
    }

    private static String password(String password) {
        String problem = PasswordHashes.problem(password);
        if (problem != null) {
            throw new Refused("invalid_password", problem);
        }
        return password;
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 200) {
            throw new Refused("invalid_display_name", "the display name must have at most 200 characters");
        }
        return name;
    }
}
