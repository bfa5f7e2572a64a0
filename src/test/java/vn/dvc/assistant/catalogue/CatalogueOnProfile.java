package vn.dvc.assistant.catalogue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The national catalogue on: the portal's records (NationalRecords, never committed) imported once per run. Imported
 * as a test resource, when the service starts, not in {@link #getConfigOverrides()}: Quarkus reads every profile's
 * overrides while it discovers the tests, the main suite's too, where the records need not be there.
 */
public class CatalogueOnProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ImportedRecords.class));
    }

    /** Fails the start, so the suite fails and never skips, when the records are missing. */
    public static class ImportedRecords implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("assistant.catalogue.path", NationalRecords.imported().toAbsolutePath().toString());
        }

        @Override
        public void stop() {
            // the imported folder stays for the run's other tests
        }
    }
}
