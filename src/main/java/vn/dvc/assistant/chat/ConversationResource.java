package vn.dvc.assistant.chat;

import java.time.Instant;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationStore;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.dialogue.CatalogueText;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.presentation.Block;
import vn.dvc.assistant.presentation.Choice;
import vn.dvc.assistant.presentation.ReplyLayout;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;

/** The turns of a web conversation so far, for a widget that reloads. */
@Path("/api/v1/conversations")
public class ConversationResource {

    public record TurnView(int turn, String message, String type, String procedureId, String aspect, String text,
                           List<String> quickReplies, List<Source> sources, Instant createdAt,
                           String title, List<Block> blocks, List<Choice> choices) {
    }

    public record ConversationView(String conversationId, Instant createdAt, List<TurnView> turns) {
    }

    private final ChatService chat;
    private final ConversationStore store;
    private final LiveIndex liveIndex;

    ConversationResource(ChatService chat, ConversationStore store, LiveIndex liveIndex) {
        this.chat = chat;
        this.store = store;
        this.liveIndex = liveIndex;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ConversationView conversation(@PathParam("id") String id) {
        Conversation conversation = chat.webConversation(id);
        List<TurnView> turns = store.turns(conversation).stream().map(this::view).toList();
        return new ConversationView(conversation.id, conversation.createdAt, turns);
    }

    private TurnView view(ConversationTurn t) {
        GuideIndex index = liveIndex.current();
        List<Source> sources = index.knowledgeBase().guide(t.procedureId).map(Guide::sources)
                .or(() -> index.catalogue().entry(t.procedureId).map(e -> List.of(CatalogueText.source(e))))
                .orElse(List.of());
        ReplyLayout layout = ReplyLayout.of(t.replyType, t.replyText, t.quickReplyList());
        return new TurnView(t.position, t.message, t.replyType, t.procedureId, t.aspect, t.replyText,
                t.quickReplyList(), sources, t.createdAt, layout.title(), layout.blocks(), layout.choices());
    }
}
