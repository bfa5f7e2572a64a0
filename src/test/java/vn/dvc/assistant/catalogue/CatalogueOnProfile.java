package vn.dvc.assistant.catalogue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The national catalogue on: the portal's records (NationalRecords, never committed) imported once per run. */
public class CatalogueOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.catalogue.path", NationalRecords.imported().toAbsolutePath().toString());
    }
}
