package vn.dvc.assistant.database;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The database-down scenario on an H2 server over TCP, in the default suite. */
@QuarkusTest
@TestProfile(DatabaseServer.class)
class H2DatabaseDownTest extends DatabaseDownScenario {

    @Override
    void stopDatabase() {
        DatabaseServer.stop();
    }

    @Override
    void startDatabase() throws Exception {
        DatabaseServer.start();
    }
}
