package vn.dvc.assistant.ranking;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/** How questions read from standard input are understood and ranked, with each candidate's features. usage: CATALOGUE */
public final class Explain {

    public static void main(String[] args) throws Exception {
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")),
                args[0].equals("none") ? vn.dvc.assistant.catalogue.Catalogue.NONE : CatalogueLoader.load(Path.of(args[0])));
        UnifiedRanker ranker = new UnifiedRanker(index, Weights.fitted());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            Understanding u = index.read(line);
            System.out.println("Q " + line + "\n  " + u.summary());
            Candidates all = ranker.candidates(u, List.of());
            Map<String, Features> features = all.features();
            System.out.println("  none " + all.none());
            for (Candidate c : ranker.rank(u, List.of()).candidates().subList(0, Math.min(8, features.size()))) {
                String name = index.catalogue().entry(c.procedureId()).map(e -> e.name())
                        .orElse(index.knowledgeBase().guide(c.procedureId()).map(g -> g.name()).orElse("?"));
                System.out.printf("  %.3f %-18s %s%s%n        %s%n", c.score(), c.procedureId(), name.length() > 90 ? name.substring(0, 90) : name,
                        c.variants().isEmpty() ? "" : " +variants " + c.variants(), c.features());
            }
        }
    }
}
