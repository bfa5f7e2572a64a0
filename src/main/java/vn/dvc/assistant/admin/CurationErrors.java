package vn.dvc.assistant.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.dvc.assistant.curation.EditConflict;
import vn.dvc.assistant.curation.InvalidEdit;
import vn.dvc.assistant.curation.StoredFile;

/** A refused knowledge-base change as JSON: the line at fault for the page to point at, or the text saved meanwhile. */
public class CurationErrors {

    /** 422: the change would break the knowledge base; {@code line} is 1-based, 0 for the file as a whole. */
    public record InvalidEditError(int status, String error, String message, String file, int line) {
    }

    /** 409: someone saved the file after it was opened; {@code current} is their text, to compare and save over. */
    public record ConflictError(int status, String error, String message, StoredFile current) {
    }

    @ServerExceptionMapper
    public Response invalid(InvalidEdit e) {
        return json(422, new InvalidEditError(422, "invalid_knowledge_base", e.getMessage(), e.file(), e.line()));
    }

    @ServerExceptionMapper
    public Response conflict(EditConflict e) {
        return json(409, new ConflictError(409, "edit_conflict", e.getMessage(), e.current()));
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
