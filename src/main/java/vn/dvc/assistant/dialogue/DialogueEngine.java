package vn.dvc.assistant.dialogue;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import vn.dvc.assistant.privacy.PersonalDataMask;
import vn.dvc.assistant.province.ProvinceProfile;
import vn.dvc.assistant.ranking.UnifiedRanker;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/**
 * Decides one turn, without the framework: the policies below, asked in this order, and the first to decide
 * answers. Built in a plain unit test over an index made from files, as the offline evaluation does.
 */
public final class DialogueEngine {

    private static final Logger LOG = Logger.getLogger(DialogueEngine.class);

    private static final List<Policy> POLICIES = List.of(
            new PendingChoicePolicy(),
            new SmalltalkPolicy(),
            new FollowUpPolicy(),
            new UnderspecifiedPolicy(),
            new ConfidentAnswerPolicy(),
            new AskingClausePolicy(),
            new AskBackPolicy(),
            new FallbackPolicy());

    private final Supplier<GuideIndex> index;
    private final DialogueConfig config;
    private final Weights weights;
    private final AspectChooser aspects;
    private final ReplyWriter writer;

    /** @param clock today's date, which decides the guides' lines that hold for a period */
    public DialogueEngine(Supplier<GuideIndex> index, DialogueConfig config, Weights weights, ProvinceProfile province,
                          Clock clock) {
        this.index = index;
        this.config = config;
        this.weights = weights;
        this.aspects = new AspectChooser(config.exampleWeight());
        this.writer = new ReplyWriter(config, province, clock);
    }

    public Reply respond(DialogueState state, String message) {
        GuideIndex snapshot = index.get();
        Turn turn = new Turn(snapshot, new UnifiedRanker(snapshot, weights), state, message, config, aspects, writer);
        for (Policy policy : POLICIES) {
            var reply = policy.decide(turn);
            if (reply.isPresent()) {
                if (LOG.isDebugEnabled()) {
                    LOG.debugf("%s | %s -> %s %s", loggable(turn), policy.getClass().getSimpleName(), reply.get().type().key(),
                            turn.ranking().candidates().stream().limit(3)
                                    .map(c -> String.format("%s p=%.2f", c.procedureId(), c.score())).toList());
                }
                return reply.get();
            }
        }
        throw new IllegalStateException("the fallback policy always decides");
    }

    /**
     * The question masked and how it was read, for the debug log. The reading lists the question's words, an email's
     * name among them, so it is left out when the question holds personal data.
     */
    private static String loggable(Turn turn) {
        String question = turn.understanding.question();
        String masked = PersonalDataMask.mask(question);
        return masked.equals(question) ? masked + " | " + turn.understanding.summary()
                : masked + " | (reading not logged: the question holds personal data)";
    }
}
