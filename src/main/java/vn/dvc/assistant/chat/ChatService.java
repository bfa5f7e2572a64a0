package vn.dvc.assistant.chat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationIds;
import vn.dvc.assistant.conversation.ConversationStore;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.conversation.TurnConflicts;
import vn.dvc.assistant.dialogue.Dialogue;
import vn.dvc.assistant.dialogue.DialogueState;
import vn.dvc.assistant.dialogue.Reply;
import vn.dvc.assistant.operations.DatabaseFailures;
import vn.dvc.assistant.operations.TurnMetrics;
import vn.dvc.assistant.presentation.ReplyLayout;

/** One chat turn on any channel: check the message, read it in its conversation, answer, store both. */
@ApplicationScoped
public class ChatService {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Dialogue dialogue;
    private final ConversationStore store;
    private final ChatConfig config;
    private final TurnMetrics metrics;
    private final DatabaseFailures databaseFailures;

    ChatService(Dialogue dialogue, ConversationStore store, ChatConfig config, TurnMetrics metrics,
            DatabaseFailures databaseFailures) {
        this.metrics = metrics;
        this.databaseFailures = databaseFailures;
        this.dialogue = dialogue;
        this.store = store;
        this.config = config;
    }

    /** A turn on the web chat; a new conversation when {@code conversationId} is null. */
    public ChatResponse webTurn(String conversationId, String message) {
        String text = checkedMessage(message);
        return storedOrNot(() -> {
            Conversation conversation = conversationId == null
                    ? store.start(ConversationStore.WEB, null)
                    : webConversationForTurn(conversationId);
            return turn(conversation, text);
        }, conversationId, ConversationStore.WEB, text);
    }

    /** A turn on a messaging channel, where the conversation is the channel's and the sender's. */
    public ChatResponse channelTurn(String channel, String sender, String message) {
        String text = checkedMessage(message);
        return storedOrNot(() -> channelConversationTurn(channel, sender, text), null, channel, text);
    }

    /**
     * A turn on a messaging channel in the caller's transaction, which stores its own record with it (the channels'
     * outbox keeps the reply in the turn's commit). Nothing is answered unstored here: a conflict with a concurrent turn
     * or a database failure is thrown, for the caller to run its transaction again or later.
     */
    public ChatResponse channelTurnInTransaction(String channel, String sender, String message) {
        return channelConversationTurn(channel, sender, checkedMessage(message));
    }

    private ChatResponse channelConversationTurn(String channel, String sender, String text) {
        return turn(store.findByChannelUserForTurn(channel, sender).orElseGet(() -> store.start(channel, sender)), text);
    }

    /**
     * The turn read in its conversation and stored; when the database fails, the same question answered on
     * its own, unstored, rather than no answer. The reply keeps the conversation id (a new one if it had none)
     * so the widget carries on; its turn number is null, as there is no stored answer to rate.
     */
    private ChatResponse storedOrNot(Callable<ChatResponse> storedTurn, String conversationId, String channel, String text) {
        try {
            ChatResponse response = TurnConflicts.retried(storedTurn);
            databaseFailures.succeeded();
            return response;
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            databaseFailures.writeFailed("turn", e);
            long start = System.nanoTime();
            Reply reply = dialogue.respond(DialogueState.EMPTY, text);
            metrics.turn(channel, reply.type().key(), Duration.ofNanos(System.nanoTime() - start));
            return response(conversationId == null ? ConversationIds.next() : conversationId, null, reply);
        }
    }

    /** A web conversation by the id the client sent: 400 for a malformed id, 404 for an unknown one. */
    public Conversation webConversation(String conversationId) {
        return webConversation(conversationId, store::find);
    }

    private Conversation webConversationForTurn(String conversationId) {
        return webConversation(conversationId, store::findForTurn);
    }

    private static Conversation webConversation(String conversationId, Function<String, Optional<Conversation>> lookup) {
        if (!CONVERSATION_ID.matcher(conversationId).matches()) {
            throw ApiException.badRequest("invalid_conversation_id",
                    "conversationId must be the id the server returned (a UUID such as 3f2b8c1e-...); omit it to start a conversation");
        }
        return lookup.apply(conversationId)
                .filter(c -> ConversationStore.WEB.equals(c.channel))
                .orElseThrow(() -> ApiException.notFound("unknown_conversation",
                        "no conversation has the id " + conversationId + "; omit conversationId to start a new one"));
    }

    private ChatResponse turn(Conversation conversation, String text) {
        long start = System.nanoTime();
        Reply reply = dialogue.respond(conversation.state(), text);
        ConversationTurn turn = store.record(conversation, text, reply);
        metrics.turn(conversation.channel, reply.type().key(), Duration.ofNanos(System.nanoTime() - start));
        return response(conversation.id, turn.position, reply);
    }

    private static ChatResponse response(String conversationId, Integer turn, Reply reply) {
        return new ChatResponse(conversationId, turn, reply.type(), reply.procedureId(), reply.aspect(),
                reply.text(), reply.quickReplies(), reply.sources(), ReplyLayout.of(reply.type(), reply.text(), reply.quickReplies()));
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
        TextChecks.requireStorable("message", text);
        return text;
    }
}
