package vn.dvc.assistant.admin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.review.ContentReview;
import vn.dvc.assistant.review.ReviewLog;

/** The content due for a check against the law, for the admin page. */
@Path(AdminGuard.ADMIN_PATH + "/knowledge-base/review")
public class ReviewResource {

    /** @param maxAgeDays the age past which a guide or the province profile is due (assistant.review.max-age-days) */
    public record Review(int maxAgeDays, List<ContentReview.Warning> warnings) {
    }

    private final ReviewLog review;

    ReviewResource(ReviewLog review) {
        this.review = review;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Content to review", description = "Guides and the province profile checked longer ago than "
            + "assistant.review.max-age-days, and guides citing a legal document replaced or amended without its successor "
            + "(vocabulary/superseded-documents.txt).")
    public Review review() {
        return new Review(review.maxAgeDays(), review.warnings());
    }
}
