package vn.dvc.assistant.catalogue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The national catalogue on: the whole import of ../shared/data/national-procedures.jsonl, committed gzipped so that
 * a clean checkout tests with it.
 */
public class CatalogueOnProfile implements QuarkusTestProfile {

    public static final String CATALOGUE = "src/test/resources/catalogue/catalogue.jsonl.gz";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.catalogue.path", CATALOGUE);
    }
}
