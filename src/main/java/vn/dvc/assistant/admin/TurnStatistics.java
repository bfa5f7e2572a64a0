package vn.dvc.assistant.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.search.LiveIndex;

/** Counts over a period, aggregated in the database: replies by type, feedback, the most asked procedures and aspects. */
@ApplicationScoped
class TurnStatistics {

    /** The condition on a turn {@code t} for a query with the parameters :start and :end of a {@link Period}. */
    static final String TURNS_IN_PERIOD = "t.createdAt >= :start and t.createdAt < :end";

    /** Answers among the turns that asked something (smalltalk left out), and every type's count. */
    public record AnswerRate(long turns, long questions, Map<String, Long> byType, Double answerRate) {

        /** From the turns counted by type; a type without turns counts 0. */
        static AnswerRate of(Map<String, Long> counted) {
            Map<String, Long> byType = new LinkedHashMap<>();
            for (ReplyType type : ReplyType.values()) {
                byType.put(type.key(), counted.getOrDefault(type.key(), 0L));
            }
            long turns = byType.values().stream().mapToLong(Long::longValue).sum();
            long questions = turns - byType.get(ReplyType.SMALLTALK.key());
            Double rate = questions == 0 ? null : byType.get(ReplyType.ANSWER.key()) / (double) questions;
            return new AnswerRate(turns, questions, byType, rate);
        }

        long count(ReplyType type) {
            return byType.get(type.key());
        }
    }

    /** Thumbs up and down given in the period; {@code upRatio} is up / (up + down), null without any. */
    public record FeedbackSummary(long up, long down, Double upRatio) {
    }

    public record Overview(Period period, AnswerRate replies, FeedbackSummary feedback) {
    }

    public record ProcedureCount(String procedureId, String name, long answers) {
    }

    public record AspectCount(String aspect, long answers) {
    }

    private final EntityManager entityManager;
    private final LiveIndex liveIndex;

    TurnStatistics(EntityManager entityManager, LiveIndex liveIndex) {
        this.entityManager = entityManager;
        this.liveIndex = liveIndex;
    }

    Overview overview(Period period) {
        return new Overview(period, answerRate(period), feedback(period));
    }

    private AnswerRate answerRate(Period period) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (Object[] row : inPeriod("select t.replyType, count(t) from ConversationTurn t where " + TURNS_IN_PERIOD
                + " group by t.replyType", period)) {
            byType.put((String) row[0], (Long) row[1]);
        }
        return AnswerRate.of(byType);
    }

    private FeedbackSummary feedback(Period period) {
        long up = 0;
        long down = 0;
        for (Object[] row : inPeriod("select f.useful, count(f) from Feedback f where f.createdAt >= :start and f.createdAt < :end"
                + " group by f.useful", period)) {
            if ((Boolean) row[0]) {
                up = (Long) row[1];
            } else {
                down = (Long) row[1];
            }
        }
        return new FeedbackSummary(up, down, up + down == 0 ? null : up / (double) (up + down));
    }

    List<ProcedureCount> topProcedures(Period period, int limit) {
        return top("t.procedureId", period, limit).stream()
                .map(row -> new ProcedureCount((String) row[0], guideName((String) row[0]), (Long) row[1]))
                .toList();
    }

    List<AspectCount> topAspects(Period period, int limit) {
        return top("t.aspect", period, limit).stream()
                .map(row -> new AspectCount((String) row[0], (Long) row[1]))
                .toList();
    }

    private List<Object[]> top(String field, Period period, int limit) {
        return entityManager.createQuery("select " + field + ", count(t) from ConversationTurn t where " + TURNS_IN_PERIOD
                        + " and t.replyType = :answer and " + field + " is not null group by " + field
                        + " order by count(t) desc, " + field, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("answer", ReplyType.ANSWER.key())
                .setMaxResults(limit)
                .getResultList();
    }

    private String guideName(String procedureId) {
        return liveIndex.current().knowledgeBase().guide(procedureId).map(Guide::name).orElse(procedureId);
    }

    private List<Object[]> inPeriod(String query, Period period) {
        return entityManager.createQuery(query, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }
}
