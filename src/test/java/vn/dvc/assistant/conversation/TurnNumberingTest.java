package vn.dvc.assistant.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Turns sent at once on one conversation are each stored, numbered 1..n with no number twice (issue 15: 20 threads
 * of 20 turns stored only about 50 distinct numbers). Over HTTP, on the test database (H2; PostgreSQL in -Ppostgres).
 */
@QuarkusTest
class TurnNumberingTest {

    @Test
    void concurrentTurnsOnOneConversationAreNumberedOneToN() throws Exception {
        int port = RestAssured.port;
        String id = ConcurrentTurns.start(port);

        List<Integer> answered = ConcurrentTurns.send(id, 20, 10, thread -> port);

        List<Integer> oneToN = IntStream.rangeClosed(2, 201).boxed().toList();
        assertEquals(oneToN, answered.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList(), "every turn stored, each with its own number");
        assertEquals(IntStream.rangeClosed(1, 201).boxed().toList(), ConcurrentTurns.stored(port, id),
                "the history holds turns 1..201 in order");
    }
}
