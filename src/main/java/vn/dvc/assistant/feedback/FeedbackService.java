package vn.dvc.assistant.feedback;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.chat.ChatService;
import vn.dvc.assistant.chat.TextChecks;
import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationStore;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.privacy.PersonalDataMask;

/** Checks a rating against the conversation it names and keeps at most one per answer. */
@ApplicationScoped
public class FeedbackService {

    private final ChatService chat;
    private final ConversationStore store;

    FeedbackService(ChatService chat, ConversationStore store) {
        this.chat = chat;
        this.store = store;
    }

    @Transactional
    public Feedback record(FeedbackRequest request) {
        boolean useful = checkedUseful(request);
        String comment = checkedComment(request.comment());
        ConversationTurn answer = answeredTurn(request);
        String conversationId = answer.conversation.id;
        if (Feedback.existsFor(conversationId, answer.position)) {
            throw alreadyRated(answer.position);
        }
        Feedback feedback = new Feedback();
        feedback.conversationId = conversationId;
        feedback.turn = answer.position;
        feedback.useful = useful;
        feedback.comment = comment;
        feedback.createdAt = Instant.now();
        try {
            feedback.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Two ratings of the same answer raced past the check above; the unique constraint kept one.
            throw alreadyRated(answer.position);
        }
        return feedback;
    }

    /**
     * The comment added to a rating made without one: the widget records a thumb at once, and the citizen may
     * say why afterwards. Once a rating has a comment it stays as it is.
     */
    @Transactional
    public Feedback comment(FeedbackRequest request) {
        String comment = checkedComment(request.comment());
        if (comment == null) {
            throw ApiException.badRequest("empty_comment", "comment is missing or blank: write what was missing or wrong");
        }
        ConversationTurn answer = answeredTurn(request);
        Feedback feedback = Feedback.<Feedback>find("conversationId = ?1 and turn = ?2", answer.conversation.id, answer.position)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("not_rated",
                        "turn " + answer.position + " of this conversation has no rating yet: send it to /api/v1/feedback first"));
        if (feedback.comment != null) {
            throw ApiException.conflict("comment_exists", "the rating of turn " + answer.position + " already has a comment");
        }
        feedback.comment = comment;
        return feedback;
    }

    private ConversationTurn answeredTurn(FeedbackRequest request) {
        if (request.conversationId() == null) {
            throw ApiException.badRequest("missing_conversation_id", "conversationId is missing: send the id the chat returned");
        }
        if (request.turn() == null || request.turn() < 1) {
            throw ApiException.badRequest("invalid_turn", "turn must be the number of the answered turn, 1 or more");
        }
        Conversation conversation = chat.webConversation(request.conversationId());
        ConversationTurn turn = store.turn(conversation, request.turn())
                .orElseThrow(() -> ApiException.notFound("unknown_turn",
                        "conversation " + conversation.id + " has no turn " + request.turn()));
        if (!ReplyType.ANSWER.key().equals(turn.replyType)) {
            throw ApiException.badRequest("not_an_answer",
                    "turn " + turn.position + " is a " + turn.replyType + " reply; only answers can be rated");
        }
        return turn;
    }

    private static boolean checkedUseful(FeedbackRequest request) {
        if (request.useful() == null || !request.useful().isBoolean()) {
            throw ApiException.badRequest("invalid_useful", "useful must be true or false");
        }
        return request.useful().booleanValue();
    }

    private static String checkedComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = comment.strip();
        TextChecks.requireStorable("comment", text);
        if (text.length() > Feedback.MAX_COMMENT_LENGTH) {
            throw ApiException.badRequest("comment_too_long",
                    "comment has " + text.length() + " characters; at most " + Feedback.MAX_COMMENT_LENGTH + " are accepted");
        }
        return storable(PersonalDataMask.mask(text));
    }

    /** A label can be longer than what it replaces: a comment of the longest length accepted may outgrow its column. */
    private static String storable(String masked) {
        if (masked.length() <= Feedback.MAX_COMMENT_LENGTH) {
            return masked;
        }
        int end = Feedback.MAX_COMMENT_LENGTH;
        return masked.substring(0, Character.isHighSurrogate(masked.charAt(end - 1)) ? end - 1 : end);
    }

    private static ApiException alreadyRated(int turn) {
        return ApiException.conflict("feedback_exists", "turn " + turn + " of this conversation has already been rated");
    }
}
