package vn.dvc.assistant.chat;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.dialogue.DialogueConfig;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.presentation.Choice;
import vn.dvc.assistant.search.LiveIndex;

/** The featured procedures as choices, for a front end's empty panel before the citizen has asked anything. */
@Path("/api/v1/starters")
public class StartersResource {

    public record Starters(List<Choice> choices) {
    }

    private final LiveIndex liveIndex;
    private final DialogueConfig dialogue;

    StartersResource(LiveIndex liveIndex, DialogueConfig dialogue) {
        this.liveIndex = liveIndex;
        this.dialogue = dialogue;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Featured procedures", description = "{choices: [{label, message}]}: the procedures of "
            + "assistant.dialogue.featured that have a guide, with short labels; the message is the full name, which the chat answers.")
    public Starters starters() {
        KnowledgeBase knowledgeBase = liveIndex.current().knowledgeBase();
        List<String> names = dialogue.featured().stream()
                .flatMap(id -> knowledgeBase.guide(id).stream()).map(Guide::name).toList();
        return new Starters(Choice.of(names));
    }
}
