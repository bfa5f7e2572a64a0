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
        try (BufferedReader lines = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvaluationSet load(String resource) {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no evaluation set at " + resource);
            }
            return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EvaluationSet read(String name, BufferedReader lines) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Conversation> conversations = new ArrayList<>();
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Conversation conversation = json.readValue(line, new TypeReference<Conversation>() { });
            if (conversation.turns() == null || conversation.turns().isEmpty()) {
                throw new IllegalArgumentException(name + ", line " + number
                        + ": not a conversation (no \"turns\"); is this file an evaluation set (CONTRACT.md section 4)?");
            }
            conversations.add(conversation);
        }
        return new EvaluationSet(name, conversations);
    }
}
