package vn.dvc.assistant.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The turns of the curated sets that expect a fallback (written when only the guides answered) and that the national
 * catalogue answers: eval/catalogue-fits.jsonl names, judged by hand from the records, the procedures that fit each.
 * With the catalogue on, such a turn is right when answered by one of them, or asked back offering one.
 */
final class CatalogueFits {

    record Fit(String conversation, int turn, List<String> accept, String reason) {
    }

    private final Map<String, List<String>> accepted = new HashMap<>();

    CatalogueFits() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = CatalogueFits.class.getResourceAsStream("/eval/catalogue-fits.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    Fit fit = json.readValue(line, new TypeReference<Fit>() { });
                    accepted.put(fit.conversation() + "#" + fit.turn(), fit.accept());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes that fit a turn expected as a fallback; empty when none does. */
    List<String> accepted(String conversation, int turn, EvaluationSet.Turn expected) {
        return "fallback".equals(expected.expect().get("type")) ? accepted.getOrDefault(conversation + "#" + turn, List.of()) : List.of();
    }

    /** Whether a reply (its type, procedure, and the procedures it offers) is right for such a turn. */
    boolean fits(String conversation, int turn, EvaluationSet.Turn expected, String type, String procedureId, List<String> offeredIds) {
        List<String> codes = accepted(conversation, turn, expected);
        if ("answer".equals(type)) {
            return codes.stream().anyMatch(code -> ("tthc-" + code).equals(procedureId));
        }
        return "clarify".equals(type) && codes.stream().anyMatch(code -> offeredIds.contains("tthc-" + code));
    }
}
