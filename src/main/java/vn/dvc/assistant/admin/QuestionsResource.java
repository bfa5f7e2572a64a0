package vn.dvc.assistant.admin;

import java.util.Optional;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.curation.QuestionTriage;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.staff.AuditLog;

/** The questions to improve the guides with, grouped however they were typed, and what staff do about them. */
@Path(AdminGuard.ADMIN_PATH + "/questions")
public class QuestionsResource {

    /** @param question the group's example (as typed); @param aspect optional: the section it asks about */
    public record AssignRequest(String question, String procedureId, String aspect) {
    }

    /** @param status out_of_scope (a fallback is right), resolved, or open (take the decision back) */
    public record StatusRequest(String question, String status) {
    }

    private final Periods periods;
    private final QuestionsToImprove questions;
    private final QuestionTriage triage;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    QuestionsResource(Periods periods, QuestionsToImprove questions, QuestionTriage triage, CurrentStaff currentStaff, AuditLog audit) {
        this.periods = periods;
        this.questions = questions;
        this.triage = triage;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a question to the procedure it should have got",
            description = "{question, procedureId, aspect?}: a guide gets it as a phrasing (or, with an aspect, as an example "
                    + "question of that section); a national-catalogue procedure (tthc-<code> or the code) gets a line of "
                    + "vocabulary/citizen-names/staff-assigned.txt. In service when this returns.")
    public QuestionTriage.Assignment assign(AssignRequest request) {
        if (request == null || request.question() == null || request.procedureId() == null) {
            throw ApiException.badRequest("missing_field", "send {\"question\": \"...\", \"procedureId\": \"...\", \"aspect\": optional}");
        }
        Optional<Aspect> aspect = Optional.ofNullable(request.aspect()).filter(a -> !a.isBlank()).map(key -> Aspect.fromKey(key)
                .orElseThrow(() -> ApiException.badRequest("invalid_aspect", "'" + key + "' is not an aspect key")));
        try {
            QuestionTriage.Assignment assignment = triage.assign(request.question(), request.procedureId().strip(), aspect,
                    currentStaff.username());
            audit.record(currentStaff.member(), "question.assign", assignment.question(),
                    assignment.procedureId() + (assignment.aspect() == null ? "" : " / " + assignment.aspect()) + " in " + assignment.path());
            return assignment;
        } catch (QuestionTriage.UnknownProcedure e) {
            throw ApiException.notFound("unknown_procedure", e.getMessage());
        }
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a group of questions aside", description = "{question, status: out_of_scope | resolved | open}")
    public StatusRequest status(StatusRequest request) {
        if (request == null || request.question() == null || request.question().isBlank() || request.status() == null) {
            throw ApiException.badRequest("missing_field", "send {\"question\": \"...\", \"status\": \"out_of_scope\"}");
        }
        QuestionTriage.Status status = QuestionTriage.Status.fromKey(request.status())
                .filter(s -> s != QuestionTriage.Status.ASSIGNED)
                .orElseThrow(() -> ApiException.badRequest("invalid_status", "status must be out_of_scope, resolved or open"));
        triage.decide(request.question(), status, null, null, currentStaff.username());
        audit.record(currentStaff.member(), "question.status", request.question(), status.key());
        return request;
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
