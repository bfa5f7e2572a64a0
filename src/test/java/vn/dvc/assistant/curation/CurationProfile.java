package vn.dvc.assistant.curation;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.TestKnowledgeBases;
import vn.dvc.assistant.catalogue.MadeUpCatalogue;

/**
 * The admin API on, over a copy of the knowledge base of its own and the team's made-up catalogue, polling the saved
 * changes every second.
 */
public class CurationProfile implements QuarkusTestProfile {

    public static final String TOKEN = "test-curation-token";
    public static final String COPY = "curation-knowledge-base";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.admin.token", TOKEN,
                "assistant.knowledge-base.path", TestKnowledgeBases.copy(COPY).toString(),
                "assistant.catalogue.path", MadeUpCatalogue.imported().toAbsolutePath().toString(),
                "assistant.curation.poll-every", "1s");
    }
}
