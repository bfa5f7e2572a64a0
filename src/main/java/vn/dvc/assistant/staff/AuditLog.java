package vn.dvc.assistant.staff;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Every change and export made through the admin API, newest first. */
@ApplicationScoped
public class AuditLog {

    public record Entry(long id, Instant at, String actor, String action, String target, String detail) {
    }

    @Transactional
    public void record(StaffMember actor, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.happenedAt = Instant.now();
        entry.actor = actor.username();
        entry.action = action;
        entry.target = cut(target, 500);
        entry.detail = cut(detail, 2000);
        entry.persist();
    }

    @Transactional
    public List<Entry> page(int page, int size) {
        return AuditEntry.<AuditEntry>findAll(Sort.descending("happenedAt", "id")).page(Page.of(page, size)).list().stream()
                .map(e -> new Entry(e.id, e.happenedAt, e.actor, e.action, e.target, e.detail)).toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
