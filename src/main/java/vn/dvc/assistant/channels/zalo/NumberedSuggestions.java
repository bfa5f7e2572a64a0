package vn.dvc.assistant.channels.zalo;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationStore;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.dialogue.ReplyType;

/**
 * Reads "2" as the second suggestion Zalo listed under the last reply. The suggestions are the last turn's
 * quick replies, kept with the conversation, so this holds across restarts and instances.
 */
@ApplicationScoped
class NumberedSuggestions {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private final ConversationStore conversations;

    NumberedSuggestions(ConversationStore conversations) {
        this.conversations = conversations;
    }

    /** Must run in a transaction. */
    String read(String sender, String text) {
        String typed = text.strip();
        if (!NUMBER.matcher(typed).matches()) {
            return text;
        }
        int number = Integer.parseInt(typed);
        return conversations.findByChannelUser(ZaloChannel.NAME, sender)
                .flatMap(NumberedSuggestions::lastTurn)
                // A clarifying question's number is the dialogue's to read, against the choices it remembers.
                .filter(turn -> !ReplyType.CLARIFY.key().equals(turn.replyType))
                .map(ConversationTurn::quickReplyList)
                .filter(listed -> number >= 1 && number <= Math.min(listed.size(), ZaloMessages.LISTED))
                .map(listed -> listed.get(number - 1))
                .orElse(text);
    }

    private static Optional<ConversationTurn> lastTurn(Conversation conversation) {
        return ConversationTurn.<ConversationTurn>find("conversation = ?1 order by position desc", conversation).firstResultOptional();
    }
}
