package vn.dvc.assistant.admin;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;

/** Answers to check without waiting for a thumbs down. */
@Path(AdminGuard.ADMIN_PATH + "/answers")
public class AnswersResource {

    /** At or below this score an answer counts as unsure unless maxScore says otherwise: a filter for reading, not a threshold. */
    static final double DEFAULT_MAX_SCORE = 0.7;

    private final Periods periods;
    private final AnswersToCheck answers;

    AnswersResource(Periods periods, AnswersToCheck answers) {
        this.periods = periods;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Answers to check", description = "filter: low_confidence (score at most maxScore, default 0.7), "
            + "rephrased (the next turn got the same procedure and aspect) or thumbs_down (with the comment); from/to, page, size")
    public Paging.Page<AnswersToCheck.AnswerToCheck> answers(@QueryParam("filter") String filter, @QueryParam("maxScore") String maxScore,
                                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return answers.page(periods.parse(from, to), AnswersToCheck.Filter.parse(filter), score(maxScore), Paging.parse(page, size));
    }

    private static double score(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_SCORE;
        }
        try {
            double score = Double.parseDouble(value.strip());
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("invalid_max_score", "maxScore must be a number from 0 to 1");
    }
}
