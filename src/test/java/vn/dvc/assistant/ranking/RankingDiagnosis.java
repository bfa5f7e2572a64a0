package vn.dvc.assistant.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/** Where the right procedure stands: recall at k of the names' fits and of the ranking. usage: CATALOGUE SET.jsonl... */
public final class RankingDiagnosis {

    public static void main(String[] args) throws Exception {
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), CatalogueLoader.load(Path.of(args[0])));
        UnifiedRanker ranker = new UnifiedRanker(index, Weights.fitted());
        ObjectMapper json = new ObjectMapper();
        boolean verbose = Boolean.getBoolean("verbose");
        for (int a = 1; a < args.length; a++) {
            int n = 0;
            int[] ks = {1, 3, 5, 10, 20, 50};
            int[] names = new int[ks.length];
            int[] ranked = new int[ks.length];
            for (String line : Files.readAllLines(Path.of(args[a]))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode turn = json.readTree(line).get("turns").get(0);
                JsonNode expect = turn.get("expect");
                Set<String> right = new java.util.HashSet<>();
                if (Boolean.getBoolean("curve")) {
                    Ranking r = ranker.rank(index.read(turn.get("user").asText()), List.of());
                    Set<String> want = new java.util.HashSet<>();
                    if (expect.has("procedureCode")) {
                        expect.get("procedureCode").forEach(c -> want.add(idOf(index, c.asText())));
                    } else if (expect.has("procedureId")) {
                        want.add(expect.get("procedureId").asText());
                    }
                    double top = r.top().map(Candidate::score).orElse(0.0);
                    boolean ok = r.top().map(c -> want.contains(c.procedureId())).orElse(false);
                    System.out.printf("CURVE %s %.4f %.4f %d%n", Path.of(args[a]).getFileName(), top, r.secondScore(), ok ? 1 : 0);
                }
                if (expect.has("procedureCode")) {
                    expect.get("procedureCode").forEach(c -> right.add(idOf(index, c.asText())));
                } else if (expect.has("procedureId")) {
                    right.add(expect.get("procedureId").asText());
                } else {
                    continue;
                }
                n++;
                Understanding u = index.read(turn.get("user").asText());
                List<String> byName = index.names().fits(u).best(200, id -> true);
                List<String> byRank = new ArrayList<>();
                for (Candidate c : ranker.rank(u, List.of()).candidates()) {
                    byRank.add(c.procedureId());
                    byRank.addAll(c.variants());
                }
                int nameRank = firstOf(byName, right);
                int rankRank = firstOf(byRank, right);
                for (int k = 0; k < ks.length; k++) {
                    names[k] += nameRank >= 0 && nameRank < ks[k] ? 1 : 0;
                    ranked[k] += rankRank >= 0 && rankRank < ks[k] ? 1 : 0;
                }
                if (verbose && rankRank != 0) {
                    System.out.printf("%s name#%d rank#%d %s%n    top %s%n", right, nameRank, rankRank, turn.get("user").asText(),
                            byRank.stream().limit(3).toList());
                }
            }
            StringBuilder out = new StringBuilder(String.format("%-28s n=%d%n  names  ", Path.of(args[a]).getFileName(), n));
            for (int k = 0; k < ks.length; k++) {
                out.append(String.format(" R@%d %5.1f%%", ks[k], 100.0 * names[k] / n));
            }
            out.append("\n  ranked ");
            for (int k = 0; k < ks.length; k++) {
                out.append(String.format(" R@%d %5.1f%%", ks[k], 100.0 * ranked[k] / n));
            }
            System.out.println(out);
        }
    }

    private static int firstOf(List<String> ids, Set<String> right) {
        for (int i = 0; i < ids.size(); i++) {
            if (right.contains(ids.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static String idOf(GuideIndex index, String code) {
        return index.knowledgeBase().guideCarrying(code).map(Guide::id).orElse(vn.dvc.assistant.catalogue.CatalogueEntry.idOf(code));
    }
}
