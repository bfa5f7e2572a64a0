package vn.dvc.assistant.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.dialogue.ReplyType;

/**
 * The citizens' questions the assistant did not serve well: a fallback, a clarifying question or a thumbs down.
 * One question typed with or without diacritics, in any case, spacing or punctuation is one group: turns are
 * grouped in SQL on their stored folded copy, so a province's hundreds of thousands of turns never reach Java.
 */
@ApplicationScoped
class QuestionsToImprove {

    /** How the groups are ordered: the most recently asked first, or the most often asked first. */
    enum Order {
        NEWEST("max(t.createdAt) desc, count(t) desc"),
        COUNT("count(t) desc, max(t.createdAt) desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return NEWEST;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_sort", "sort must be 'newest' or 'count', not '" + value + "'");
            }
        }
    }

    /**
     * One question, however it was typed: {@code key} is its folded form (pass it as {@code question} to find the
     * conversations), {@code example} one way it was typed, and how often it got each kind of poor reply.
     */
    public record QuestionGroup(String key, String example, long count, Instant lastAskedAt, long fallbacks,
                                long clarifications, long thumbsDown, List<String> reasons, String status, String assignedTo) {
    }

    private static final String FROM = " from ConversationTurn t left join Feedback f"
            + " on f.conversationId = t.conversation.id and f.turn = t.position"
            + " left join QuestionDecision d on d.foldedQuestion = t.foldedQuestion"
            + " where " + TurnStatistics.TURNS_IN_PERIOD
            + " and (t.replyType in (:fallback, :clarify) or f.useful = false)";

    private static final String GROUPS = "select t.foldedQuestion, max(t.message), count(t), max(t.createdAt),"
            + " sum(case when t.replyType = :fallback then 1 else 0 end),"
            + " sum(case when t.replyType = :clarify then 1 else 0 end),"
            + " sum(case when f.useful = false then 1 else 0 end), max(d.status), max(d.procedureId)"
            + FROM + " group by t.foldedQuestion order by ";

    private final EntityManager entityManager;

    QuestionsToImprove(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Paging.Page<QuestionGroup> page(Period period, Order order, Paging paging) {
        List<QuestionGroup> groups = groups(period, order)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultStream()
                .map(QuestionsToImprove::group)
                .toList();
        long total = withParameters(entityManager.createQuery("select count(distinct t.foldedQuestion)" + FROM, Long.class), period)
                .getSingleResult();
        return paging.of(groups, total);
    }

    /** Every group of the period, one at a time, for the CSV export. */
    void each(Period period, Order order, Consumer<QuestionGroup> sink) {
        try (Stream<Object[]> rows = groups(period, order)
                .setHint(HibernateHints.HINT_FETCH_SIZE, ConversationBrowser.EXPORT_FETCH_SIZE).getResultStream()) {
            rows.map(QuestionsToImprove::group).forEach(sink);
        }
    }

    private TypedQuery<Object[]> groups(Period period, Order order) {
        return withParameters(entityManager.createQuery(GROUPS + order.sql + ", t.foldedQuestion", Object[].class), period);
    }

    private static <T> TypedQuery<T> withParameters(TypedQuery<T> query, Period period) {
        return query.setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("fallback", ReplyType.FALLBACK.key())
                .setParameter("clarify", ReplyType.CLARIFY.key());
    }

    private static QuestionGroup group(Object[] row) {
        long fallbacks = number(row[4]);
        long clarifications = number(row[5]);
        long thumbsDown = number(row[6]);
        List<String> reasons = new ArrayList<>();
        if (fallbacks > 0) {
            reasons.add(ReplyType.FALLBACK.key());
        }
        if (clarifications > 0) {
            reasons.add(ReplyType.CLARIFY.key());
        }
        if (thumbsDown > 0) {
            reasons.add("thumbs_down");
        }
        return new QuestionGroup((String) row[0], (String) row[1], number(row[2]), (Instant) row[3], fallbacks,
                clarifications, thumbsDown, reasons, row[7] == null ? "open" : (String) row[7], (String) row[8]);
    }

    /** sum() is a Long on H2 and a BigInteger or BigDecimal elsewhere. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
