package vn.dvc.assistant.chat;

import java.io.IOException;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.vertx.core.http.HttpClosedException;

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

    /** The reason in our words, with where it is: Jackson's own message names its classes and settings. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String reason = e instanceof StreamConstraintsException
                ? "it is nested too deeply or holds a value too long"
                : "it is not valid JSON";
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return json(new ApiError(400, "invalid_json", "the body cannot be read: " + reason + where
                + "; send a JSON object such as {\"message\": \"...\"}"));
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
        // The framework's own message names annotations and classes: the client gets a sentence of ours instead.
        return json(switch (status) {
            case 406 -> new ApiError(406, "not_acceptable", "this address answers in JSON only: send Accept: application/json");
            case 413 -> new ApiError(413, "payload_too_large", "the body is too large; send a shorter message");
            case 414, 431 -> new ApiError(status, "request_too_large", "the address or the headers are too long");
            default -> new ApiError(status, "bad_request", "the request was refused: check the address, its parameters and the body");
        });
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseFailures.isRefusedData(e)) {
            // Input checks should catch these first; what slips through is still the request's fault, not an outage.
            LOG.debugf("Database refused a value: %s", e.getMessage());
            return json(new ApiError(400, "invalid_value", "the request holds a value that cannot be stored; check its text and dates"));
        }
        if (DatabaseFailures.isDatabaseFailure(e)) {
            // Stored conversations and feedback need the database; the chat itself answers without it.
            LOG.debugf("Database unavailable: %s", e.getMessage());
            return json(new ApiError(503, "database_unavailable",
                    "stored conversations and feedback are unavailable for a moment; please try again later"));
        }
        if (isBrokenBody(e)) {
            // The client closed the connection while its body was read (a database's I/O errors are handled above):
            // nobody is left to answer, and a stack trace per such request would let anyone fill the log.
            LOG.debugf("Request body could not be read: %s", e.getMessage());
            return json(new ApiError(400, "unreadable_body", "the body could not be read; send it again"));
        }
        LOG.error("Unexpected failure", e);
        return json(new ApiError(500, "internal_error", "the assistant could not answer; please try again"));
    }

    private static boolean isBrokenBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof HttpClosedException) {
                return !(cause instanceof JsonProcessingException);
            }
        }
        return false;
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
