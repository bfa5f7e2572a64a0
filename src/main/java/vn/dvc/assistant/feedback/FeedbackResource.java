package vn.dvc.assistant.feedback;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;

@Path("/api/v1/feedback")
public class FeedbackResource {

    private final FeedbackService feedback;

    FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate an answer", description = "Once per answer: {conversationId, turn, useful, comment?}. "
            + "201 when stored, 409 when that answer was already rated.")
    public Response rate(FeedbackRequest request) {
        FeedbackView stored = FeedbackView.of(feedback.record(checked(request)));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @POST
    @Path("/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a comment to a rating", description = "{conversationId, turn, comment}: to a rating stored "
            + "without a comment. 200 with the rating; 404 when the answer is not rated; 409 when it already has a comment.")
    public FeedbackView comment(FeedbackRequest request) {
        return FeedbackView.of(feedback.comment(checked(request)));
    }

    private static FeedbackRequest checked(FeedbackRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing_body",
                    "send a JSON object such as {\"conversationId\": \"...\", \"turn\": 1, \"useful\": true}");
        }
        return request;
    }
}
