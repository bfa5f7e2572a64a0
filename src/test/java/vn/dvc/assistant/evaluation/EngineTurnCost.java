package vn.dvc.assistant.evaluation;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.sun.management.ThreadMXBean;

import vn.dvc.assistant.dialogue.DialogueEngine;
import vn.dvc.assistant.dialogue.DialogueState;
import vn.dvc.assistant.dialogue.Reply;
import vn.dvc.assistant.ranking.Weights;

/**
 * The dialogue engine's own cost of a chat turn, no HTTP, no database: the evaluation sets' conversations replayed
 * round after round on one thread, each round's thread CPU and allocation a turn printed, and the median of the second
 * half of the rounds (the JIT's warm-up done). The replies' digest covers everything a citizen reads of every reply
 * (strings and numbers, no identity hash), so a change meant to be faster shows by an unchanged digest that it
 * answers alike (docs/benchmarks.md).
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/tools.classpath)" vn.dvc.assistant.evaluation.EngineTurnCost \
 *     CATALOGUE ROUNDS SET.jsonl...
 * </pre>
 * CATALOGUE is an import or a portal export (imported into target/ once, as by {@link ImportForTools}).
 */
public final class EngineTurnCost {

    private EngineTurnCost() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        OfflineEvaluation evaluation = new OfflineEvaluation(OfflineEvaluation.index(Path.of("knowledge-base"), Path.of(args[0])));
        DialogueEngine engine = evaluation.engine(Map.of(), Weights.fitted());
        int rounds = Integer.parseInt(args[1]);
        List<EvaluationSet.Conversation> conversations = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            conversations.addAll(EvaluationSet.load(Path.of(args[i])).conversations());
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] micros = new double[rounds];
        double[] kilobytes = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            List<Reply> replies = new ArrayList<>();
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            for (EvaluationSet.Conversation conversation : conversations) {
                DialogueState state = DialogueState.EMPTY;
                for (EvaluationSet.Turn turn : conversation.turns()) {
                    Reply reply = engine.respond(state, turn.user());
                    replies.add(reply);
                    state = reply.next();
                }
            }
            // Read before the digest, which is not the engine's cost.
            micros[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / replies.size();
            kilobytes[round] = (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / replies.size();
            System.out.printf("round %d: %d turns, %.0f us cpu/turn, %.0f KB/turn, replies digest %s%n",
                    round, replies.size(), micros[round], kilobytes[round], digest(replies));
        }
        System.out.printf("median of rounds %d to %d: %.0f us cpu/turn, %.0f KB/turn%n",
                rounds / 2, rounds - 1, laterMedian(micros), laterMedian(kilobytes));
    }

    private static String digest(List<Reply> replies) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Reply r : replies) {
            String seen = String.join("\u0000", r.type().name(), String.valueOf(r.procedureId()), String.valueOf(r.aspect()),
                    r.text(), String.valueOf(r.quickReplies()), String.valueOf(r.sources()), Double.toString(r.confidence()),
                    String.valueOf(r.guideVersion()));
            sha.update(seen.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static double laterMedian(double[] perRound) {
        double[] later = Arrays.copyOfRange(perRound, perRound.length / 2, perRound.length);
        Arrays.sort(later);
        return later.length % 2 == 1 ? later[later.length / 2] : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
    }
}
