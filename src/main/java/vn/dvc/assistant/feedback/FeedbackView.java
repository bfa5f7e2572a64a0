package vn.dvc.assistant.feedback;

import java.time.Instant;

/** The stored feedback, as returned to the widget. */
public record FeedbackView(String conversationId, int turn, boolean useful, String comment, Instant createdAt) {

    static FeedbackView of(Feedback feedback) {
        return new FeedbackView(feedback.conversationId, feedback.turn, feedback.useful, feedback.comment,
                feedback.createdAt);
    }
}
