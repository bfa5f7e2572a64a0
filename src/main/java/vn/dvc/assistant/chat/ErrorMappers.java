package vn.dvc.assistant.chat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import vn.dvc.assistant.operations.DatabaseFailures;

/** Turns every failure into a JSON error with a clear message; never a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return json(e.body());
    }

    @ServerExceptionMapper
    public Response wrongTypes(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? "the body" : "'" + e.getPath().get(e.getPath().size() - 1).getFieldName() + "'";
        return json(new ApiError(400, "invalid_json", field + " has the wrong type: send a JSON object with string fields"));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return json(new ApiError(400, "invalid_json", "the body is not valid JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response wrongContentType(NotSupportedException e) {
        return json(new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json"));
    }

    @ServerExceptionMapper
    public Response wrongMethod(NotAllowedException e) {
        return json(new ApiError(405, "method_not_allowed", "this address does not accept that method"));
    }

    @ServerExceptionMapper
    public Response noSuchPath(NotFoundException e) {
        return json(new ApiError(404, "not_found", "there is nothing at this address"));
    }

    @ServerExceptionMapper
    public Response otherHttp(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return wrongTypes(mismatch);
            }
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return json(new ApiError(500, "internal_error", "the assistant could not answer; please try again"));
        }
        return json(new ApiError(status, "bad_request", "the request was refused: " + e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseFailures.isDatabaseFailure(e)) {
            // Stored conversations and feedback need the database; the chat itself answers without it.
            LOG.debugf("Database unavailable: %s", e.getMessage());
            return json(new ApiError(503, "database_unavailable",
                    "stored conversations and feedback are unavailable for a moment; please try again later"));
        }
        LOG.error("Unexpected failure", e);
        return json(new ApiError(500, "internal_error", "the assistant could not answer; please try again"));
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
