package vn.dvc.assistant.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.conversation.PackagedService;

/**
 * Issue 15, item 11: Messenger messages the packaged service acknowledged with 200 but had not answered when it was
 * killed (SIGKILL) are answered after the restart on the same H2 file, each once and in order; a redelivery of one is
 * not answered again. Before, they were lost: the platform does not deliver an acknowledged message again.
 */
class OutboxCrashIT {

    @Test
    void messagesAcknowledgedButUnansweredWhenTheServiceDiesAreAnsweredOnceAfterTheRestart() throws Exception {
        Map<String, String> onTheFile = PackagedService.onAFreshH2File("outbox-crash-it");
        LinkedHashMap<String, List<String>> messages = new LinkedHashMap<>();
        messages.put("mid.crash-typing", List.of("psid-crash-typing", "cảm ơn"));
        messages.put("mid.crash-order-1", List.of("psid-crash-order", "xin chào"));
        messages.put("mid.crash-order-2", List.of("psid-crash-order", "cảm ơn"));
        messages.put("mid.crash-question", List.of("psid-crash-question", "Tôi muốn chấm dứt hộ kinh doanh"));

        try (OutboxCrash crash = new OutboxCrash()) {
            Map<String, String> properties = crash.properties(onTheFile);
            Map<String, String> environment = OutboxCrash.environment(Map.of());
            crash.killWhileUnanswered(PackagedService.start(properties, environment), messages);

            try (PackagedService restarted = PackagedService.start(properties, environment)) {
                assertEquals(List.of(OutboxCrash.THANKS), crash.settledTextsTo("psid-crash-typing", 1));
                List<String> inOrder = crash.settledTextsTo("psid-crash-order", 2);
                assertTrue(inOrder.get(0).startsWith("Xin chào"), inOrder.get(0));
                assertEquals(OutboxCrash.THANKS, inOrder.get(1));
                String answer = crash.settledTextsTo("psid-crash-question", 1).get(0);
                assertTrue(answer.startsWith("Chấm dứt hoạt động hộ kinh doanh"), answer);

                // Meta delivering one of them again after the restart: taken before the crash, so not answered twice.
                MessengerEvent.post(restarted.port, MessengerEvent.text("psid-crash-typing", "mid.crash-typing", "cảm ơn")).statusCode(200);
                assertEquals(List.of(OutboxCrash.THANKS), crash.settledTextsTo("psid-crash-typing", 1));
                assertEquals(0, restarted.stop());
            }
            try (Connection database = DriverManager.getConnection(onTheFile.get("quarkus.datasource.jdbc.url"), "sa", "")) {
                OutboxCrash.assertStoredOnce(database, Map.of("psid-crash-typing", 1, "psid-crash-order", 2, "psid-crash-question", 1));
            }
            System.out.printf("OutboxCrashIT (H2): %d messages acknowledged before SIGKILL, each answered once after the restart%n",
                    messages.size());
        }
    }
}
