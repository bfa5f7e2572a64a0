package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.search.ProcedureTexts.Part;

/**
 * Every fit of every procedure's parts (what the ranker reads of {@link ProcedureTexts}) for the questions of the
 * evaluation sets, to compare one index with another to the last bit.
 */
final class SameFits {

    private SameFits() {
    }

    /** The citizens' messages of every conversation in {@code src/test/resources/eval}. */
    static List<String> questions() {
        try (Stream<Path> sets = Files.list(Path.of("src/test/resources/eval"))) {
            return questions(sets.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The citizens' messages of every conversation in these evaluation sets. */
    static List<String> questions(List<Path> sets) {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        try {
            for (Path set : sets) {
                for (String line : Files.readAllLines(set)) {
                    if (!line.isBlank()) {
                        json.readTree(line).path("turns").forEach(turn -> questions.add(turn.path("user").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }

    static void assertSame(GuideIndex expected, GuideIndex actual, List<String> questions) {
        for (String question : questions) {
            assertEquals(fits(expected, question), fits(actual, question), question);
        }
    }

    private static List<String> fits(GuideIndex index, String question) {
        Understanding understanding = index.read(question);
        List<String> fits = new ArrayList<>();
        fits.add("foreign pairs " + index.texts().foreignPairShare(understanding));
        try (TextFits text = index.texts().fits(understanding, index.names()::weight)) {
            for (int procedure = 0; procedure < text.procedures(); procedure++) {
                StringBuilder line = new StringBuilder(text.id(procedure));
                for (Part part : Part.values()) {
                    line.append(' ').append(text.fit(part, procedure)).append('/').append(text.relative(part, procedure));
                }
                line.append(' ').append(text.held(procedure));
                fits.add(line.toString());
            }
        }
        return fits;
    }
}
