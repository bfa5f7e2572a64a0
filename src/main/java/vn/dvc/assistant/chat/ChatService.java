package vn.dvc.assistant.chat;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationStore;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.dialogue.Dialogue;
import vn.dvc.assistant.dialogue.Reply;
import vn.dvc.assistant.operations.TurnMetrics;

/** One chat turn on any channel: check the message, read it in its conversation, answer, store both. */
@ApplicationScoped
public class ChatService {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Dialogue dialogue;
    private final ConversationStore store;
    private final ChatConfig config;
    private final TurnMetrics metrics;

    ChatService(Dialogue dialogue, ConversationStore store, ChatConfig config, TurnMetrics metrics) {
        this.metrics = metrics;
        this.dialogue = dialogue;
        this.store = store;
        this.config = config;
    }

    /** A turn on the web chat; a new conversation when {@code conversationId} is null. */
    @Transactional
    public ChatResponse webTurn(String conversationId, String message) {
        String text = checkedMessage(message);
        Conversation conversation = conversationId == null
                ? store.start(ConversationStore.WEB, null)
                : webConversation(conversationId);
        return turn(conversation, text);
    }

    /** A turn on a messaging channel, where the conversation is the channel's and the sender's. */
    @Transactional
    public ChatResponse channelTurn(String channel, String sender, String message) {
        Conversation conversation = store.findByChannelUser(channel, sender)
                .orElseGet(() -> store.start(channel, sender));
        return turn(conversation, checkedMessage(message));
    }

    public Conversation webConversation(String conversationId) {
        if (!CONVERSATION_ID.matcher(conversationId).matches()) {
            throw ApiException.badRequest("invalid_conversation_id",
                    "conversationId must be the id the server returned (a UUID such as 3f2b8c1e-...); omit it to start a conversation");
        }
        return store.find(conversationId)
                .filter(c -> ConversationStore.WEB.equals(c.channel))
                .orElseThrow(() -> ApiException.notFound("unknown_conversation",
                        "no conversation has the id " + conversationId + "; omit conversationId to start a new one"));
    }

    private ChatResponse turn(Conversation conversation, String text) {
        long start = System.nanoTime();
        Reply reply = dialogue.respond(conversation.state(), text);
        ConversationTurn turn = store.record(conversation, text, reply);
        metrics.turn(conversation.channel, reply.type().key(), Duration.ofNanos(System.nanoTime() - start));
        return new ChatResponse(conversation.id, turn.position, reply.type(), reply.procedureId(), reply.aspect(),
                reply.text(), reply.quickReplies(), reply.sources());
    }

    private String checkedMessage(String message) {
        if (message == null || message.isBlank()) {
            throw ApiException.badRequest("empty_message", "message is missing or blank: write the question as text");
        }
        String text = message.strip();
        if (text.length() > config.maxMessageLength()) {
            throw ApiException.badRequest("message_too_long",
                    "message has " + text.length() + " characters; at most " + config.maxMessageLength() + " are accepted");
        }
        if (hasUnpairedSurrogate(text)) {
            throw ApiException.badRequest("invalid_text", "message holds an invalid character (an unpaired UTF-16 surrogate)");
        }
        return text;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
