package vn.dvc.assistant.admin;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.TestKnowledgeBases;

/** The admin API on, over a copy of the knowledge base that the tests may edit. */
public class AdminProfile implements QuarkusTestProfile {

    static final String TOKEN = "test-admin-token";
    static final String COPY = "admin-knowledge-base";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.admin.token", TOKEN,
                "assistant.knowledge-base.path", TestKnowledgeBases.copy(COPY).toString());
    }
}
