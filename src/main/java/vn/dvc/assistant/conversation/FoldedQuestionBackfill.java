package vn.dvc.assistant.conversation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives the turns stored before the folded-question column existed their folded copy, once, at start. Folding
 * is Java (the project's Vietnamese folding), so a SQL migration cannot do it.
 */
@ApplicationScoped
public class FoldedQuestionBackfill {

    private static final Logger LOG = Logger.getLogger(FoldedQuestionBackfill.class);

    /** Turns folded per transaction: short locks on a large table. */
    static final int BATCH = 500;

    void onStart(@Observes StartupEvent start) {
        long filled = fillAll();
        if (filled > 0) {
            LOG.infof("Folded the questions of %d turn(s) stored before the folded_question column existed", filled);
        }
    }

    long fillAll() {
        long filled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(FoldedQuestionBackfill::fillBatch);
            filled += batch;
        } while (batch == BATCH);
        return filled;
    }

    private static int fillBatch() {
        List<ConversationTurn> turns = ConversationTurn.find("foldedQuestion is null").page(0, BATCH).list();
        turns.forEach(turn -> turn.foldedQuestion = ConversationTurn.foldedQuestion(turn.message));
        return turns.size();
    }
}
