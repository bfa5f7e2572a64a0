package vn.dvc.assistant.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/** Questions turned into the conditional logit's groups: each question's candidates, their features, and which are right. */
public final class TrainingSet {

    /** Questions made about things no procedure is about, beside the team's list. */
    private static final int ELSEWHERE_QUESTIONS = 1500;

    private final GuideIndex index;
    private final UnifiedRanker ranker;
    private int unreachable;

    public TrainingSet(GuideIndex index) {
        this.index = index;
        // The candidates and their features do not depend on the weights, and the shipped ones may be stale when the
        // features change: none are needed to fit new ones.
        this.ranker = new UnifiedRanker(index, new Weights(new double[Features.NAMES.size()], 0, new double[NoneEvidence.NAMES.size()]));
    }

    /** Questions whose procedure was not among the candidates, left out of every group. */
    public int unreachable() {
        return unreachable;
    }

    /**
     * Questions derived from the knowledge (each for its procedure) and made about things no procedure is about, each
     * counted {@code weight} times.
     */
    public List<ConditionalLogit.Group> derived(double weight) {
        List<ConditionalLogit.Group> groups = new ArrayList<>();
        TrainingQuestions questions = new TrainingQuestions();
        for (TrainingQuestions.Question q : questions.from(index)) {
            group(q.text(), Set.of(q.procedureId()), weight).ifPresent(groups::add);
        }
        for (String text : questions.elsewhere(index, ELSEWHERE_QUESTIONS)) {
            group(text, Set.of(), weight).ifPresent(groups::add);
        }
        return groups;
    }

    /** The lines of a text file, each a question no procedure answers. */
    public List<ConditionalLogit.Group> negatives(Path file, double weight) {
        try {
            List<ConditionalLogit.Group> groups = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    group(line, Set.of(), weight).ifPresent(groups::add);
                }
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first turn of each conversation of an evaluation set, in the file's order (see {@link #firstTurn}). */
    public List<ConditionalLogit.Group> firstTurns(Path set, double weight) {
        List<ConditionalLogit.Group> groups = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode turn = json.readTree(line).get("turns").get(0);
                JsonNode expect = turn.get("expect");
                List<String> ids = new ArrayList<>();
                expect.path("procedureId").forEach(id -> ids.add(id.asText()));
                if (expect.path("procedureId").isTextual()) {
                    ids.add(expect.get("procedureId").asText());
                }
                List<String> codes = new ArrayList<>();
                expect.path("procedureCode").forEach(code -> codes.add(code.asText()));
                firstTurn(turn.get("user").asText(), expect.path("type").asText(), ids, codes, weight).ifPresent(groups::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    /**
     * A conversation's first turn: expecting an answer, it is right for every procedure it accepts (by id or national
     * code); expecting a fallback, for none; a question back is left out (several are right).
     */
    public java.util.Optional<ConditionalLogit.Group> firstTurn(String question, String expectedType, List<String> procedureIds,
                                                               List<String> codes, double weight) {
        Set<String> right = new HashSet<>(procedureIds);
        codes.forEach(code -> right.add(idOf(code)));
        if ("answer".equals(expectedType) && !right.isEmpty()) {
            return group(question, right, weight);
        }
        return "fallback".equals(expectedType) ? group(question, Set.of(), weight) : java.util.Optional.empty();
    }

    /** The procedure answering for a national code: the guide carrying it, else its catalogue entry. */
    String idOf(String code) {
        return index.knowledgeBase().guideCarrying(code).map(Guide::id).orElse(CatalogueEntry.idOf(code));
    }

    /** The question's group, empty when it should have a right candidate and none is among them. */
    java.util.Optional<ConditionalLogit.Group> group(String question, Set<String> rightIds, double weight) {
        Understanding u = index.read(question);
        Candidates all = ranker.candidates(u, List.of());
        Map<String, Features> candidates = all.features();
        List<String> ids = List.copyOf(candidates.keySet());
        int[] right = rightIds.stream().mapToInt(ids::indexOf).filter(i -> i >= 0).sorted().toArray();
        if (!rightIds.isEmpty() && right.length == 0) {
            unreachable++;
            return java.util.Optional.empty();
        }
        double[][] x = candidates.values().stream().map(Features::vector).toArray(double[][]::new);
        return java.util.Optional.of(new ConditionalLogit.Group(x, right, all.none().vector(), weight));
    }
}
