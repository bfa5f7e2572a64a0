package vn.dvc.assistant.dialogue;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.LiveIndex;

/** The dialogue as the service runs it: the engine over the index that answers now. */
@ApplicationScoped
public class Dialogue {

    private final DialogueEngine engine;

    Dialogue(LiveIndex liveIndex, DialogueConfig config) {
        this.engine = new DialogueEngine(liveIndex::current, config, Weights.fitted());
    }

    public Reply respond(DialogueState state, String message) {
        return engine.respond(state, message);
    }
}
