package vn.dvc.assistant.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.dvc.assistant.dialogue.ReplyType;

/**
 * Questions, answers and ratings per day of a period, and per channel, counted in the database: each row's local
 * day is computed in SQL from its instant and the zone's offset, so no turn is loaded into Java however long the
 * period.
 */
@ApplicationScoped
class DailyTrends {

    /** One day's counts; {@code questions} leaves smalltalk out, as the answer rate does. */
    public record Day(LocalDate date, long questions, long answers, long clarifications, long fallbacks, Double answerRate,
                      long up, long down) {
    }

    /** The period's counts on one channel. */
    public record ChannelTotals(String channel, long questions, long answers, Double answerRate, long up, long down) {
    }

    /** @param channel the channel the days are narrowed to, null for all */
    public record Trends(Period period, String channel, List<Day> days, List<ChannelTotals> channels) {
    }

    private static final long SECONDS_PER_DAY = 86_400;

    private final EntityManager entityManager;
    private final ZoneId zone;

    DailyTrends(EntityManager entityManager, AdminConfig config) {
        this.entityManager = entityManager;
        this.zone = config.zone();
    }

    Trends of(Period period, String channel) {
        Map<LocalDate, Tally> days = new TreeMap<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        String turnsOnChannel = channel == null ? "" : " and t.conversation.channel = :channel";
        String feedbackOnChannel = channel == null ? ""
                : " and f.conversationId in (select c.id from Conversation c where c.channel = :channel)";
        for (Span span : spans(period)) {
            String day = span.localDay("t.createdAt");
            for (Object[] row : query("select " + day + ", t.replyType, count(t) from ConversationTurn t where "
                    + TurnStatistics.TURNS_IN_PERIOD + turnsOnChannel + " group by " + day + ", t.replyType", span, channel)) {
                days.get(LocalDate.ofEpochDay(((Number) row[0]).longValue())).addTurns((String) row[1], (Long) row[2]);
            }
            String rated = span.localDay("f.createdAt");
            for (Object[] row : query("select " + rated + ", f.useful, count(f) from Feedback f where f.createdAt >= :start"
                    + " and f.createdAt < :end" + feedbackOnChannel + " group by " + rated + ", f.useful", span, channel)) {
                days.get(LocalDate.ofEpochDay(((Number) row[0]).longValue())).addRatings((Boolean) row[1], (Long) row[2]);
            }
        }
        List<Day> list = new ArrayList<>();
        days.forEach((date, tally) -> list.add(tally.day(date)));
        return new Trends(period, channel, list, channels(period));
    }

    /** Every channel with a turn or a rating in the period, busiest first. */
    private List<ChannelTotals> channels(Period period) {
        Map<String, Tally> channels = new HashMap<>();
        Span whole = new Span(period.start(), period.end(), 0);
        for (Object[] row : query("select t.conversation.channel, t.replyType, count(t) from ConversationTurn t where "
                + TurnStatistics.TURNS_IN_PERIOD + " group by t.conversation.channel, t.replyType", whole, null)) {
            channels.computeIfAbsent((String) row[0], c -> new Tally()).addTurns((String) row[1], (Long) row[2]);
        }
        for (Object[] row : query("select c.channel, f.useful, count(f) from Feedback f join Conversation c on c.id = f.conversationId"
                + " where f.createdAt >= :start and f.createdAt < :end group by c.channel, f.useful", whole, null)) {
            channels.computeIfAbsent((String) row[0], c -> new Tally()).addRatings((Boolean) row[1], (Long) row[2]);
        }
        return channels.entrySet().stream()
                .map(e -> e.getValue().channel(e.getKey()))
                .sorted((a, b) -> a.questions() != b.questions() ? Long.compare(b.questions(), a.questions()) : a.channel().compareTo(b.channel()))
                .toList();
    }

    private List<Object[]> query(String hql, Span span, String channel) {
        TypedQuery<Object[]> query = entityManager.createQuery(hql, Object[].class)
                .setParameter("start", span.start())
                .setParameter("end", span.end());
        return (channel == null ? query : query.setParameter("channel", channel)).getResultList();
    }

    /**
     * The period cut where the zone's offset changes (none in Vietnam, which keeps UTC+7 all year), so that each piece
     * reads its rows' local days with one offset.
     */
    private List<Span> spans(Period period) {
        ZoneRules rules = zone.getRules();
        List<Span> spans = new ArrayList<>();
        Instant from = period.start();
        while (from.isBefore(period.end())) {
            ZoneOffsetTransition next = rules.nextTransition(from);
            Instant to = next == null || !next.getInstant().isBefore(period.end()) ? period.end() : next.getInstant();
            spans.add(new Span(from, to, rules.getOffset(from).getTotalSeconds()));
            from = to;
        }
        return spans;
    }

    /** A stretch of time with one UTC offset. */
    private record Span(Instant start, Instant end, int offsetSeconds) {

        /**
         * The local day of an instant column as days since 1970-01-01. The offset is written into the query, not bound:
         * PostgreSQL takes two bindings of one value for two expressions, and the select would not match the group by.
         */
        String localDay(String column) {
            return "floor((extract(epoch from " + column + ") + " + offsetSeconds + ") / " + SECONDS_PER_DAY + ")";
        }
    }

    /** Counts being summed for a day or a channel. */
    private static final class Tally {
        private final Map<String, Long> byType = new HashMap<>();
        private long up;
        private long down;

        void addTurns(String type, long count) {
            byType.merge(type, count, Long::sum);
        }

        void addRatings(boolean useful, long count) {
            if (useful) {
                up += count;
            } else {
                down += count;
            }
        }

        Day day(LocalDate date) {
            TurnStatistics.AnswerRate replies = TurnStatistics.AnswerRate.of(byType);
            return new Day(date, replies.questions(), replies.count(ReplyType.ANSWER), replies.count(ReplyType.CLARIFY),
                    replies.count(ReplyType.FALLBACK), replies.answerRate(), up, down);
        }

        ChannelTotals channel(String name) {
            TurnStatistics.AnswerRate replies = TurnStatistics.AnswerRate.of(byType);
            return new ChannelTotals(name, replies.questions(), replies.count(ReplyType.ANSWER), replies.answerRate(), up, down);
        }
    }
}
