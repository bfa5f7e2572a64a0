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
import vn.dvc.assistant.province.ProvinceProfile;
import vn.dvc.assistant.search.LiveIndex;

/**
 * What a front end shows on its empty panel before the citizen has asked anything: the province profile's greeting
 * and the featured procedures as choices.
 */
@Path("/api/v1/starters")
public class StartersResource {

    public record Starters(String greeting, List<Choice> choices) {
    }

    private final LiveIndex liveIndex;
    private final DialogueConfig dialogue;
    private final ProvinceProfile province;

    StartersResource(LiveIndex liveIndex, DialogueConfig dialogue, ProvinceProfile province) {
        this.liveIndex = liveIndex;
        this.dialogue = dialogue;
        this.province = province;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Greeting and featured procedures", description = "{greeting, choices: [{label, message}]}: the "
            + "province profile's greeting, and the procedures of assistant.dialogue.featured that have a guide, with short "
            + "labels; the message is the full name, which the chat answers.")
    public Starters starters() {
        KnowledgeBase knowledgeBase = liveIndex.current().knowledgeBase();
        List<String> names = dialogue.featured().stream()
                .flatMap(id -> knowledgeBase.guide(id).stream()).map(Guide::name).toList();
        return new Starters(province.greeting(), Choice.of(names));
    }
}
