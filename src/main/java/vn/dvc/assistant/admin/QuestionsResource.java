package vn.dvc.assistant.admin;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The questions to improve the guides with, grouped however they were typed. */
@Path(AdminGuard.ADMIN_PATH + "/questions")
public class QuestionsResource {

    private final Periods periods;
    private final QuestionsToImprove questions;

    QuestionsResource(Periods periods, QuestionsToImprove questions) {
        this.periods = periods;
        this.questions = questions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Questions that got a fallback, a clarifying question or a thumbs down, grouped",
            description = "One group per question whatever its diacritics, case, spacing or punctuation. sort: newest "
                    + "(default) or count; from/to: ISO dates (default: the last 30 days); page from 0, size up to 200.")
    public Paging.Page<QuestionsToImprove.QuestionGroup> questions(@QueryParam("from") String from, @QueryParam("to") String to,
                                                                   @QueryParam("sort") String sort,
                                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return questions.page(periods.parse(from, to), QuestionsToImprove.Order.parse(sort), Paging.parse(page, size));
    }
}
