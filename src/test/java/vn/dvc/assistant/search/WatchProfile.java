package vn.dvc.assistant.search;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.TestKnowledgeBases;
import vn.dvc.assistant.channels.CapturedLog;

/** Folder watching on, checking every second, over a copy of the knowledge base the test edits; the log captured. */
public class WatchProfile implements QuarkusTestProfile {

    static final String COPY = "watched-knowledge-base";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.knowledge-base.watch", "true",
                "assistant.knowledge-base.watch-every", "1s",
                "assistant.knowledge-base.path", TestKnowledgeBases.copy(COPY).toString());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CapturedLog.class));
    }
}
