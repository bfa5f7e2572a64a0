package vn.dvc.assistant.ranking;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/**
 * Writes every first turn's candidates with their features, one JSON line a question, for exploring the ranker and
 * the decision outside Java. usage: CATALOGUE OUT.jsonl [--derived] SET.jsonl... (a .txt set is questions no procedure answers)
 */
public final class FeatureDump {

    public static void main(String[] args) throws Exception {
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), CatalogueLoader.load(Path.of(args[0])));
        UnifiedRanker ranker = new UnifiedRanker(index, Weights.fitted());
        TrainingSet training = new TrainingSet(index);
        ObjectMapper json = new ObjectMapper();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
            for (int a = 2; a < args.length; a++) {
                if (args[a].equals("--derived")) {
                    TrainingQuestions questions = new TrainingQuestions();
                    for (TrainingQuestions.Question q : questions.from(index)) {
                        write(out, json, index, ranker, "derived", q.text(), Set.of(q.procedureId()));
                    }
                    for (String q : questions.elsewhere(index, 1500)) {
                        write(out, json, index, ranker, "elsewhere", q, Set.of());
                    }
                    continue;
                }
                String set = Path.of(args[a]).getFileName().toString();
                for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (args[a].endsWith(".txt")) {
                        write(out, json, index, ranker, set, line, Set.of());
                        continue;
                    }
                    JsonNode turn = json.readTree(line).get("turns").get(0);
                    JsonNode expect = turn.get("expect");
                    Set<String> right = new HashSet<>();
                    if (expect.path("procedureId").isTextual()) {
                        right.add(expect.get("procedureId").asText());
                    }
                    expect.path("procedureCode").forEach(c -> right.add(training.idOf(c.asText())));
                    String type = expect.path("type").isTextual() ? expect.get("type").asText() : "fallback|clarify";
                    if (type.equals("answer") && right.isEmpty() || type.equals("smalltalk")) {
                        continue;
                    }
                    write(out, json, index, ranker, set, turn.get("user").asText(), right);
                }
            }
        }
    }

    private static void write(PrintStream out, ObjectMapper json, GuideIndex index, UnifiedRanker ranker, String set, String question,
                              Set<String> right) throws Exception {
        Understanding u = index.read(question);
        Candidates all = ranker.candidates(u, List.of());
        Map<String, Features> candidates = all.features();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", set);
        row.put("q", question);
        row.put("right", right);
        row.put("unnamed", all.none().unnamedShare());
        row.put("none", all.none().vector());
        row.put("topical", u.topical().size());
        row.put("strangers", u.strangers().size());
        List<String> ids = new ArrayList<>(candidates.keySet());
        row.put("ids", ids);
        row.put("x", candidates.values().stream().map(Features::vector).toList());
        List<List<String>> variants = new ArrayList<>();
        for (String id : ids) {
            List<String> of = new ArrayList<>();
            for (String other : ids) {
                if (!other.equals(id) && index.names().isVariantOf(other, id)) {
                    of.add(other);
                }
            }
            variants.add(of);
        }
        row.put("variantsOf", variants);
        out.println(json.writeValueAsString(row));
    }
}
