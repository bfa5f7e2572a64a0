package vn.dvc.assistant.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An evaluation set in the contract's format (CONTRACT.md section 4): one conversation a line. */
record EvaluationSet(String name, List<Conversation> conversations) {

    record Turn(String user, Map<String, Object> expect) {
    }

    record Conversation(String id, List<Turn> turns) {
    }

    /** A set read from a file, such as ../shared/eval/real-dev.jsonl, which stays where it is. */
    static EvaluationSet load(java.nio.file.Path file) {
        ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Conversation> conversations = new ArrayList<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    conversations.add(json.readValue(line, new TypeReference<Conversation>() { }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvaluationSet(file.getFileName().toString(), conversations);
    }

    static EvaluationSet load(String resource) {
        ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Conversation> conversations = new ArrayList<>();
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no evaluation set at " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    conversations.add(json.readValue(line, new TypeReference<Conversation>() { }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvaluationSet(resource, conversations);
    }
}
