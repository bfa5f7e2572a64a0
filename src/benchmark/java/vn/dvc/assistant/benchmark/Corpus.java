package vn.dvc.assistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueLoader;

/**
 * What the benchmarks search: the curated guides alone, with the full national catalogue, or with a synthetic one.
 * Paths are relative to the project folder, where Maven and the scripts run.
 */
public enum Corpus {
    CURATED(null),
    CATALOGUE("target/national-catalogue"),
    SYNTHETIC("target/synthetic-catalogue.jsonl");

    static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

    private final String catalogue;

    Corpus(String catalogue) {
        this.catalogue = catalogue;
    }

    Catalogue load() {
        return catalogue == null ? Catalogue.NONE : CatalogueLoader.load(Path.of(catalogue));
    }

    /** The questions of the evaluation sets (dev and the catalogue conversations), every turn in order. */
    static List<String> questions() {
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String set : List.of("src/test/resources/eval/dev.jsonl", "src/test/resources/eval/catalogue.jsonl")) {
            try {
                for (String line : Files.readAllLines(Path.of(set))) {
                    if (!line.isBlank()) {
                        for (JsonNode turn : json.readTree(line).get("turns")) {
                            questions.add(turn.get("user").asText());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return questions;
    }
}
