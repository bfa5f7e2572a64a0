package vn.dvc.assistant.admin;

import java.time.Instant;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseException;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;

/**
 * Loads edited guides and the catalogue without a restart; a broken guide or catalogue file is refused and the index
 * in service stays.
 */
@Path(AdminGuard.ADMIN_PATH + "/knowledge-base")
public class KnowledgeBaseResource {

    /** @param catalogueEntries the national catalogue's entries offered beside the guides, 0 when it is off */
    public record Reloaded(int guides, int catalogueEntries, Instant loadedAt) {
    }

    private final LiveIndex liveIndex;

    KnowledgeBaseResource(LiveIndex liveIndex) {
        this.liveIndex = liveIndex;
    }

    @POST
    @Path("/reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Reloaded reload() {
        try {
            GuideIndex index = liveIndex.reload();
            KnowledgeBase knowledgeBase = index.knowledgeBase();
            return new Reloaded(knowledgeBase.guides().size(), index.catalogue().entries().size(), knowledgeBase.loadedAt());
        } catch (KnowledgeBaseException e) {
            throw new ApiException(422, "invalid_knowledge_base", e.getMessage());
        }
    }
}
