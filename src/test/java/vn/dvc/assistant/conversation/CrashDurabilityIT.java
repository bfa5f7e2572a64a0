package vn.dvc.assistant.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: the packaged service killed (SIGKILL) under load on its H2 file loses no turn it had answered: each
 * commit reaches the file before the reply is sent (H2CommitDurability). Before, the last ~0.5 s of turns was lost.
 */
class CrashDurabilityIT {

    @Test
    void noAnsweredTurnIsLostWhenTheServiceIsKilledUnderLoad() throws Exception {
        Map<String, String> onTheFile = PackagedService.onAFreshH2File("crash-it");

        CrashUnderLoad load = CrashUnderLoad.run(PackagedService.start(PackagedService.unlimited(onTheFile), Map.of()), 8, 200);
        assertTrue(load.turnsAnswered() >= 200, "load before the kill: " + load.turnsAnswered() + " turns; last failure: " + load.lastFailure);

        try (PackagedService restarted = PackagedService.start(onTheFile, Map.of())) {
            List<String> lost = load.lostOn(restarted.port);
            System.out.printf("CrashDurabilityIT (H2): %d turns of %d conversations answered before SIGKILL, %d conversations lost turns%n",
                    load.turnsAnswered(), load.answered.size(), lost.size());
            assertEquals(List.of(), lost);
        }
    }
}
