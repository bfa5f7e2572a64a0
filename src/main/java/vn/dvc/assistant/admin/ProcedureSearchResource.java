package vn.dvc.assistant.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;
import vn.dvc.assistant.search.VietnameseText;

/** Finding a procedure by name to assign a question to: the guides first, then the national catalogue. */
@Path(AdminGuard.ADMIN_PATH + "/procedures")
public class ProcedureSearchResource {

    static final int LIMIT = 20;

    /** @param kind guide or catalogue */
    public record Found(String id, String code, String name, String kind) {
    }

    private final LiveIndex liveIndex;

    ProcedureSearchResource(LiveIndex liveIndex) {
        this.liveIndex = liveIndex;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Procedures whose name, id or code holds every word of q",
            description = "with or without diacritics; at most 20, the guides first")
    public List<Found> search(@QueryParam("q") String q) {
        if (q == null || q.isBlank() || q.length() > 200) {
            throw ApiException.badRequest("invalid_query", "q must be 1 to 200 characters of a procedure's name or code");
        }
        List<String> words = Arrays.asList(VietnameseText.foldedWords(q).split(" "));
        GuideIndex index = liveIndex.current();
        List<Found> found = new ArrayList<>();
        index.knowledgeBase().guides().stream()
                .filter(g -> holdsAll(g.name() + " " + g.id() + " " + g.code().orElse(""), words))
                .forEach(g -> found.add(new Found(g.id(), g.code().orElse(null), g.name(), "guide")));
        index.catalogue().entries().stream()
                .filter(e -> holdsAll(e.name() + " " + e.code(), words))
                .limit(LIMIT)
                .forEach(e -> found.add(new Found(e.id(), e.code(), e.name(), "catalogue")));
        return found.subList(0, Math.min(LIMIT, found.size()));
    }

    private static boolean holdsAll(String text, List<String> words) {
        String folded = " " + VietnameseText.foldedWords(text.replace('-', ' ')) + " ";
        return words.stream().allMatch(w -> folded.contains(w));
    }
}
