package vn.dvc.assistant.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.dialogue.CatalogueText;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.DatedText;
import vn.dvc.assistant.knowledge.Succession;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;

/**
 * The procedures the assistant answers from, for people and programs that want to read them whole: the guides
 * first, then the national catalogue's entries no guide covers (when the catalogue is on), a page at a time.
 */
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    static final String TOTAL_COUNT = "X-Total-Count";
    private static final int MAX_PAGE_SIZE = 500;

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

    /** One page of the list; the total is in {@value #TOTAL_COUNT}. Without the catalogue the guides fit one page. */
    @GET
    public Response list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("invalid_page",
                    "page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE + " (got page " + page + ", size " + size + ")");
        }
        GuideIndex index = liveIndex.current();
        List<Guide> guides = index.knowledgeBase().guides();
        List<CatalogueEntry> entries = index.catalogue().entries();
        int total = guides.size() + entries.size();
        List<ProcedureSummary> summaries = new ArrayList<>();
        long from = (long) page * size;
        for (long i = from; i < Math.min(total, from + size); i++) {
            summaries.add(i < guides.size() ? summary(guides.get((int) i)) : summary(entries.get((int) i - guides.size())));
        }
        return Response.ok(summaries).header(TOTAL_COUNT, total).build();
    }

    @GET
    @Path("/{id}")
    public ProcedureDetail one(@PathParam("id") String id) {
        GuideIndex index = liveIndex.current();
        return index.knowledgeBase().guide(id).map(ProcedureResource::detail)
                .or(() -> index.catalogue().entry(id).map(e -> detail(e, index.knowledgeBase().successions())))
                .orElseThrow(() -> ApiException.notFound("unknown_procedure",
                        "no procedure has the id '" + id + "'; GET /api/v1/procedures lists them"));
    }

    private static ProcedureSummary summary(Guide g) {
        return new ProcedureSummary(g.id(), g.nationalCode(), g.name(), g.level(), g.reviewed());
    }

    private static ProcedureSummary summary(CatalogueEntry e) {
        return new ProcedureSummary(e.id(), e.code(), e.name(), String.join(", ", e.levels()), null);
    }

    private static ProcedureDetail detail(Guide g) {
        return new ProcedureDetail(g.id(), g.nationalCode(), g.name(), g.level(), g.agency(), g.reviewed(),
                g.aliases(), g.sources(), sections(aspect -> g.section(aspect, LocalDate.now(DatedText.ZONE))), g.version());
    }

    /** A catalogue entry read as a guide: each section is what the assistant answers for that aspect. */
    private static ProcedureDetail detail(CatalogueEntry e, List<Succession> successions) {
        return new ProcedureDetail(e.id(), e.code(), e.name(), String.join(", ", e.levels()),
                CatalogueText.implementingAgency(e), null, List.of(), List.of(CatalogueText.source(e)),
                sections(aspect -> CatalogueText.section(e, aspect, LocalDate.now(DatedText.ZONE), successions)), null);
    }

    private static Map<String, String> sections(Function<Aspect, String> text) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Aspect aspect : Aspect.values()) {
            sections.put(aspect.key(), text.apply(aspect));
        }
        return sections;
    }
}
