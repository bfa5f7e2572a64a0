package vn.dvc.assistant.admin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.feedback.Feedback;
import vn.dvc.assistant.search.VietnameseText;

/** The stored conversations, newest first, narrowed by period, channel, reply type or one folded question. */
@ApplicationScoped
class ConversationBrowser {

    private static final Pattern CHANNEL = Pattern.compile("[a-z]{1,16}");
    /** A guide's id or a national procedure's (tthc-1.001612), as stored with a turn. */
    private static final Pattern PROCEDURE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /**
     * What to list; every narrowing but the period is optional.
     *
     * @param procedure conversations with an answer from this procedure in the period
     */
    record Filter(Period period, String channel, String type, String question, String procedure) {

        static Filter of(Period period, String channel, String type, String question, String procedure) {
            String checkedType = blankToNull(type);
            if (checkedType != null && Arrays.stream(ReplyType.values()).noneMatch(t -> t.key().equals(checkedType))) {
                throw ApiException.badRequest("invalid_type", "type must be one of answer, clarify, fallback, smalltalk");
            }
            String checkedProcedure = blankToNull(procedure);
            if (checkedProcedure != null && !PROCEDURE.matcher(checkedProcedure).matches()) {
                throw ApiException.badRequest("invalid_procedure", "procedure must be a procedure id such as hkd-cham-dut-hoat-dong");
            }
            String folded = blankToNull(question) == null ? null : VietnameseText.foldedWords(question);
            return new Filter(period, channel(channel), checkedType, folded, checkedProcedure);
        }

        /** A channel to narrow to, null when none is given. */
        static String channel(String channel) {
            String checked = blankToNull(channel);
            if (checked != null && !CHANNEL.matcher(checked).matches()) {
                throw ApiException.badRequest("invalid_channel", "channel must be a channel name such as web, messenger or zalo");
            }
            return checked;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** One line of the list: the conversation and how it began. */
    public record ConversationSummary(String id, String channel, Instant startedAt, Instant lastTurnAt, int turns,
                                      String firstMessage) {
    }

    public record FeedbackView(boolean useful, String comment, Instant createdAt) {
    }

    /** @param answeredFrom the guide section or catalogue record the answer came from, null when there is none */
    public record TurnView(int turn, Instant createdAt, String message, String type, String procedureId, String aspect,
                           double score, String guideVersion, String reply, List<String> quickReplies, FeedbackView feedback,
                           AnswerSources.AnsweredFrom answeredFrom) {
    }

    public record ConversationDetail(String id, String channel, Instant startedAt, Instant lastTurnAt, List<TurnView> turns) {
    }

    /** Rows fetched from the database at a time while exporting, so that a large export never sits in memory. */
    static final int EXPORT_FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final AnswerSources sources;

    ConversationBrowser(EntityManager entityManager, AnswerSources sources) {
        this.entityManager = entityManager;
        this.sources = sources;
    }

    Paging.Page<ConversationSummary> page(Filter filter, Paging paging) {
        String where = where(filter);
        List<ConversationSummary> items = parameters(entityManager.createQuery(
                        "select c.id, c.channel, c.createdAt, c.updatedAt, c.turnCount, first.message"
                                + " from Conversation c join ConversationTurn first on first.conversation = c and first.position = 1"
                                + where + " order by c.updatedAt desc, c.id", Object[].class), filter)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultStream()
                .map(row -> new ConversationSummary((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3],
                        (Integer) row[4], (String) row[5]))
                .toList();
        long total = parameters(entityManager.createQuery("select count(c) from Conversation c" + where, Long.class), filter)
                .getSingleResult();
        return paging.of(items, total);
    }

    Optional<ConversationDetail> detail(String id) {
        return Optional.ofNullable(entityManager.find(Conversation.class, id)).map(conversation -> {
            List<TurnView> turns = entityManager.createQuery("select t, f from ConversationTurn t left join Feedback f"
                            + " on f.conversationId = t.conversation.id and f.turn = t.position"
                            + " where t.conversation = :conversation order by t.position", Object[].class)
                    .setParameter("conversation", conversation)
                    .getResultStream()
                    .map(row -> turn((ConversationTurn) row[0], (Feedback) row[1]))
                    .toList();
            return new ConversationDetail(conversation.id, conversation.channel, conversation.createdAt,
                    conversation.updatedAt, turns);
        });
    }

    /** One turn with its conversation and feedback: a line of the CSV export. */
    public record TurnRow(String conversationId, String channel, int turn, Instant createdAt, String message, String type,
                          String procedureId, String aspect, double score, String guideVersion, Boolean useful,
                          String comment, String reply) {
    }

    /** Every turn of the period, in the order they were stored, streamed from the database. */
    void eachTurn(Period period, Consumer<TurnRow> sink) {
        try (Stream<TurnRow> rows = entityManager.createQuery("select new " + TurnRow.class.getName()
                        + "(c.id, c.channel, t.position, t.createdAt, t.message, t.replyType, t.procedureId, t.aspect,"
                        + " t.score, t.guideVersion, f.useful, f.comment, t.replyText)"
                        + " from ConversationTurn t join t.conversation c left join Feedback f"
                        + " on f.conversationId = c.id and f.turn = t.position"
                        + " where " + TurnStatistics.TURNS_IN_PERIOD + " order by t.createdAt, t.id", TurnRow.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .getResultStream()) {
            rows.forEach(sink);
        }
    }

    private TurnView turn(ConversationTurn t, Feedback f) {
        FeedbackView feedback = f == null ? null : new FeedbackView(f.useful, f.comment, f.createdAt);
        AnswerSources.AnsweredFrom answeredFrom = ReplyType.ANSWER.key().equals(t.replyType)
                ? sources.of(t.procedureId, t.aspect).orElse(null) : null;
        return new TurnView(t.position, t.createdAt, t.message, t.replyType, t.procedureId, t.aspect, t.score,
                t.guideVersion, t.replyText, t.quickReplyList(), feedback, answeredFrom);
    }

    /** Active in the period: its first turn before the period's end, its last turn after its start. */
    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder(" where c.updatedAt >= :start and c.createdAt < :end");
        if (filter.channel() != null) {
            where.append(" and c.channel = :channel");
        }
        if (filter.type() != null) {
            where.append(" and exists (select 1 from ConversationTurn t where t.conversation = c and t.replyType = :type and ")
                    .append(TurnStatistics.TURNS_IN_PERIOD).append(')');
        }
        if (filter.question() != null) {
            where.append(" and exists (select 1 from ConversationTurn t where t.conversation = c and t.foldedQuestion = :question and ")
                    .append(TurnStatistics.TURNS_IN_PERIOD).append(')');
        }
        if (filter.procedure() != null) {
            where.append(" and exists (select 1 from ConversationTurn t where t.conversation = c and t.procedureId = :procedure")
                    .append(" and t.replyType = :answer and ").append(TurnStatistics.TURNS_IN_PERIOD).append(')');
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> query, Filter filter) {
        query.setParameter("start", filter.period().start()).setParameter("end", filter.period().end());
        if (filter.channel() != null) {
            query.setParameter("channel", filter.channel());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.question() != null) {
            query.setParameter("question", filter.question());
        }
        if (filter.procedure() != null) {
            query.setParameter("procedure", filter.procedure()).setParameter("answer", ReplyType.ANSWER.key());
        }
        return query;
    }
}
