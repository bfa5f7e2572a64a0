package vn.dvc.assistant.dialogue;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.province.ProvinceProfile;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.LiveIndex;

/** The dialogue as the service runs it: the engine over the index that answers now. */
@ApplicationScoped
public class Dialogue {

    private final DialogueEngine engine;

    Dialogue(LiveIndex liveIndex, DialogueConfig config, ProvinceProfile province) {
        this.engine = new DialogueEngine(liveIndex::current, config, Weights.fitted(), province, Clock.systemUTC());
    }

    public Reply respond(DialogueState state, String message) {
        return engine.respond(state, message);
    }
}
