package vn.dvc.assistant.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.search.LiveIndex;

/** The guides the assistant answers from, for people and programs that want to read them whole. */
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    public record ProcedureSummary(String id, String code, String name, String level, String reviewed) {
    }

    public record ProcedureDetail(String id, String code, String name, String level, String agency, String reviewed,
                                  List<String> aliases, List<Source> sources, Map<String, String> sections,
                                  String version) {
    }

    private final LiveIndex liveIndex;

    ProcedureResource(LiveIndex liveIndex) {
        this.liveIndex = liveIndex;
    }

    @GET
    public List<ProcedureSummary> list() {
        return liveIndex.current().knowledgeBase().guides().stream()
                .map(g -> new ProcedureSummary(g.id(), g.nationalCode(), g.name(), g.level(), g.reviewed()))
                .toList();
    }

    @GET
    @Path("/{id}")
    public ProcedureDetail one(@PathParam("id") String id) {
        Guide g = liveIndex.current().knowledgeBase().guide(id)
                .orElseThrow(() -> ApiException.notFound("unknown_procedure",
                        "no procedure has the id '" + id + "'; GET /api/v1/procedures lists them"));
        Map<String, String> sections = new LinkedHashMap<>();
        for (Aspect aspect : Aspect.values()) {
            sections.put(aspect.key(), g.section(aspect));
        }
        return new ProcedureDetail(g.id(), g.nationalCode(), g.name(), g.level(), g.agency(), g.reviewed(),
                g.aliases(), g.sources(), sections, g.version());
    }
}
