package vn.dvc.assistant.admin;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.curation.KnowledgeEditor;
import vn.dvc.assistant.curation.KnowledgeHistory;
import vn.dvc.assistant.curation.StoredFile;
import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.presentation.Block;
import vn.dvc.assistant.presentation.ReplyLayout;
import vn.dvc.assistant.staff.AuditLog;

/**
 * Guides and vocabulary files edited in the admin page: saved in the database over the knowledge-base folder, in
 * service on every instance within seconds, versioned, and exported as plain files.
 */
@Path(AdminGuard.ADMIN_PATH + "/knowledge-base")
public class KnowledgeFilesResource {

    /** @param revision the revision the editor opened (0 for the folder's file); a save over another one gets 409 */
    public record Save(String content, Integer revision, String reason) {
    }

    public record PreviewRequest(String path, String content) {
    }

    /**
     * A guide as the assistant reads it: each section's text, under the heading the widget shows, laid out in the blocks
     * the widget draws (paragraphs, lists, steps; the chat's structure of an answer from it), and its examples.
     */
    public record Preview(String id, String name, List<Section> sections) {
        public record Section(String aspect, String heading, String text, List<Block> blocks, List<String> examples) {
        }

        static Preview of(Guide guide) {
            return new Preview(guide.id(), guide.name(), java.util.Arrays.stream(Aspect.values()).map(a -> {
                String heading = guide.name() + " – " + a.label();
                List<Block> blocks = ReplyLayout.of(ReplyType.ANSWER, heading + "\n\n" + guide.section(a), List.of()).blocks();
                return new Section(a.key(), heading, guide.section(a), blocks, guide.examples(a));
            }).toList());
        }
    }

    private final KnowledgeEditor editor;
    private final KnowledgeHistory history;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;

    KnowledgeFilesResource(KnowledgeEditor editor, KnowledgeHistory history, AuditLog audit, CurrentStaff currentStaff) {
        this.editor = editor;
        this.history = history;
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    @GET
    @Path("/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The guides and saved files", description = "each with its revision: 0 is the folder's file")
    public List<StoredFile> files() {
        return editor.files();
    }

    @GET
    @Path("/files/{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a file", description = "e.g. procedures/hkd-cham-dut-hoat-dong.md: its text and revision")
    public StoredFile open(@PathParam("path") String path) {
        return editor.open(path).orElseThrow(() -> ApiException.notFound("unknown_file", "there is no file '" + path + "'"));
    }

    @PUT
    @Path("/files/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a file", description = "{content, revision, reason?}: 200 with the new revision; 422 with the "
            + "file and line when the knowledge base would not load with it; 409 with the current text when someone saved "
            + "it since the given revision. Nothing is stored on a 4xx.")
    public StoredFile save(@PathParam("path") String path, Save save) {
        if (save == null || save.content() == null || save.revision() == null) {
            throw ApiException.badRequest("missing_field",
                    "send {\"content\": \"the whole file\", \"revision\": the revision you opened, \"reason\": \"optional\"}");
        }
        if (save.reason() != null && save.reason().length() > 500) {
            throw ApiException.badRequest("invalid_reason", "the reason must have at most 500 characters");
        }
        StoredFile saved = editor.save(path, save.content(), save.revision(), currentStaff.username(), save.reason());
        audit.record(currentStaff.member(), "knowledge.save", path, "revision " + saved.revision()
                + (save.reason() == null ? "" : ": " + save.reason()));
        return saved;
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview a guide", description = "{path, content}: its sections as the citizen reads them, or 422 "
            + "with the line at fault. Nothing is stored.")
    public Preview preview(PreviewRequest request) {
        if (request == null || request.path() == null || request.content() == null) {
            throw ApiException.badRequest("missing_field", "send {\"path\": \"procedures/<id>.md\", \"content\": \"...\"}");
        }
        return Preview.of(editor.preview(request.path(), request.content()));
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The saves, newest first", description = "path: only that file's; page from 0, size up to 200")
    public List<KnowledgeHistory.ChangeSummary> changes(@QueryParam("path") String path, @QueryParam("page") String page,
                                                        @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return history.changes(Optional.ofNullable(path).filter(p -> !p.isBlank()), paging.page(), paging.size());
    }

    @GET
    @Path("/changes/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One save", description = "with the file's text before and after")
    public KnowledgeHistory.ChangeDetail change(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_id", "the change id is a number");
        }
        return history.change(number).orElseThrow(() -> ApiException.notFound("unknown_change", "there is no change " + id));
    }

    @GET
    @Path("/export.zip")
    @Produces("application/zip")
    @Operation(summary = "The saved files as plain files", description = "a zip of knowledge-base/<path> for every saved "
            + "file: unpack it over the folder to review the changes as a diff and commit them")
    public Response export() {
        audit.record(currentStaff.member(), "knowledge.export", "export.zip", null);
        StreamingOutput zip = out -> history.exportZip(out);
        return Response.ok(zip).header("Content-Disposition", "attachment; filename=\"knowledge-base-changes.zip\"").build();
    }

}
