package vn.dvc.assistant.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.dialogue.ReplyType;

/**
 * Answers that may be wrong though nobody pressed thumbs down, and those somebody did: the assistant was unsure,
 * the citizen asked the same thing again at once, or rated it down. Filtered in SQL, newest first.
 */
@ApplicationScoped
class AnswersToCheck {

    /** Which answers: score at most the bar, asked again in the next turn, or rated down. */
    enum Filter {
        LOW_CONFIDENCE("t.score <= :maxScore"),
        /** The next turn of the same conversation got the same procedure and aspect: the reply did not settle it. */
        REPHRASED("exists (select 1 from ConversationTurn n where n.conversation = t.conversation"
                + " and n.position = t.position + 1 and n.procedureId = t.procedureId and n.aspect = t.aspect)"),
        THUMBS_DOWN("f.useful = false");

        private final String sql;

        Filter(String sql) {
            this.sql = sql;
        }

        static Filter parse(String value) {
            try {
                return valueOf((value == null ? "" : value.strip()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_filter", "filter must be low_confidence, rephrased or thumbs_down, not '" + value + "'");
            }
        }
    }

    /** One answer with how it scored, what the citizen asked next, and their rating. */
    public record AnswerToCheck(String conversationId, int turn, Instant createdAt, String message, String procedureId, String aspect,
                                double score, String nextMessage, Boolean useful, String comment) {
    }

    private static final String FROM = " from ConversationTurn t left join Feedback f"
            + " on f.conversationId = t.conversation.id and f.turn = t.position"
            + " where " + TurnStatistics.TURNS_IN_PERIOD + " and t.replyType = :answer and ";

    private final EntityManager entityManager;

    AnswersToCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Paging.Page<AnswerToCheck> page(Period period, Filter filter, double maxScore, Paging paging) {
        List<AnswerToCheck> items = parameters(entityManager.createQuery("select t.conversation.id, t.position, t.createdAt, t.message,"
                        + " t.procedureId, t.aspect, t.score, (select n.message from ConversationTurn n where n.conversation = t.conversation"
                        + " and n.position = t.position + 1), f.useful, f.comment" + FROM + filter.sql
                        + " order by t.createdAt desc, t.id desc", Object[].class), period, filter, maxScore)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(r -> new AnswerToCheck((String) r[0], (Integer) r[1], (Instant) r[2], (String) r[3], (String) r[4], (String) r[5],
                        ((Number) r[6]).doubleValue(), (String) r[7], (Boolean) r[8], (String) r[9]))
                .toList();
        long total = parameters(entityManager.createQuery("select count(t)" + FROM + filter.sql, Long.class), period, filter, maxScore)
                .getSingleResult();
        return paging.of(items, total);
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> query, Period period, Filter filter, double maxScore) {
        query.setParameter("start", period.start()).setParameter("end", period.end()).setParameter("answer", ReplyType.ANSWER.key());
        return filter == Filter.LOW_CONFIDENCE ? query.setParameter("maxScore", maxScore) : query;
    }
}
