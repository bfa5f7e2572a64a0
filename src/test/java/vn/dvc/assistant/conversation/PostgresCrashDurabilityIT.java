package vn.dvc.assistant.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Only in the PostgreSQL suite (-Ppostgres), issue 15: the packaged service killed (SIGKILL) under load loses no
 * turn it had answered, as PostgreSQL has the commit in its write-ahead log before the reply is sent.
 */
@Tag("postgres")
class PostgresCrashDurabilityIT {

    @Test
    void noAnsweredTurnIsLostWhenTheServiceIsKilledUnderLoad() throws Exception {
        Map<String, String> database = PackagedService.onTheSuitesPostgres();

        CrashUnderLoad load = CrashUnderLoad.run(PackagedService.start(PackagedService.UNLIMITED, database), 8, 200);
        assertTrue(load.turnsAnswered() >= 200, "load before the kill: " + load.turnsAnswered() + " turns; last failure: " + load.lastFailure);

        try (PackagedService restarted = PackagedService.start(Map.of(), database)) {
            List<String> lost = load.lostOn(restarted.port);
            System.out.printf("PostgresCrashDurabilityIT: %d turns of %d conversations answered before SIGKILL, %d conversations lost turns%n",
                    load.turnsAnswered(), load.answered.size(), lost.size());
            assertEquals(List.of(), lost);
        }
    }
}
