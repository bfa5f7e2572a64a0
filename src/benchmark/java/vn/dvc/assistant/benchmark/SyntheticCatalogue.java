package vn.dvc.assistant.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.catalogue.CatalogueImporter;
import vn.dvc.assistant.catalogue.CatalogueLoader;

/**
 * Writes a synthetic catalogue of any size from real record parts: each entry takes the start of one real name and
 * the end of another, and the tables of a third, so names, vocabulary and record sizes keep the real distribution.
 *
 * <p>{@code java -cp "target/benchmark/classes:target/benchmark/test-classes:$(cat target/benchmark/benchmark.classpath)"
 * vn.dvc.assistant.benchmark.SyntheticCatalogue [source] [target] [count]}
 */
public final class SyntheticCatalogue {

    private SyntheticCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "target/national-catalogue");
        Path target = Path.of(args.length > 1 ? args[1] : "target/synthetic-catalogue.jsonl");
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        List<CatalogueEntry> real = CatalogueLoader.load(source).entries();
        ObjectMapper json = CatalogueImporter.mapper();
        Random random = new Random(20_000);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                CatalogueEntry head = real.get(random.nextInt(real.size()));
                CatalogueEntry tail = real.get(random.nextInt(real.size()));
                CatalogueEntry body = real.get(random.nextInt(real.size()));
                String code = String.format("9.%06d", i);
                out.write(json.writeValueAsString(new CatalogueEntry(CatalogueEntry.idOf(code), code,
                        half(head.name(), true) + " " + half(tail.name(), false), body.ministry(), body.decision(),
                        body.levels(), body.field(), body.who(), body.steps(), body.channels(), body.documents(),
                        body.legalBasis(), body.conditions(), body.results(), body.agencies(), body.sourceUrl(),
                        body.crawled(), body.unreadable())));
                out.newLine();
            }
        }
        System.out.printf("%d synthetic entries from %d real ones: %s%n", count, real.size(), target);
    }

    private static String half(String name, boolean first) {
        String[] words = name.split(" ");
        int middle = Math.max(1, words.length / 2);
        return String.join(" ", first ? List.of(words).subList(0, middle) : List.of(words).subList(middle, words.length));
    }
}
