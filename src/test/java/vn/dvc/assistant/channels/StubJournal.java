package vn.dvc.assistant.channels;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** What the application sent to the platform stub, oldest first. */
public final class StubJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubJournal() {
    }

    public static List<LoggedRequest> requests(WireMockServer server, String path) {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().equals(path) || request.getUrl().startsWith(path + "?"))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    public static List<JsonNode> bodies(WireMockServer server, String path, Predicate<JsonNode> which) {
        return requests(server, path).stream().map(StubJournal::json).filter(which).toList();
    }

    public static JsonNode json(LoggedRequest request) {
        return json(request.getBodyAsString());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
