package vn.dvc.assistant.admin;

import java.time.Duration;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** CSV downloads for spreadsheets, streamed from the database so that a province's whole month fits. */
@Path(AdminGuard.ADMIN_PATH + "/export")
public class ExportResource {

    private static final String CSV = "text/csv; charset=UTF-8";
    /** Far above the transaction manager's default minute: a year of a province's turns takes minutes to send. */
    private static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(30);

    private final Periods periods;
    private final AdminConfig config;
    private final ConversationBrowser browser;
    private final QuestionsToImprove questions;

    ExportResource(Periods periods, AdminConfig config, ConversationBrowser browser, QuestionsToImprove questions) {
        this.periods = periods;
        this.config = config;
        this.browser = browser;
        this.questions = questions;
    }

    @GET
    @Path("/conversations.csv")
    @Operation(summary = "Every turn of a period with its conversation and feedback, as CSV (UTF-8 with BOM)")
    public Response conversations(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = periods.parse(from, to);
        return csv("hoi-thoai_" + period.label(), csv -> {
            csv.row("conversation_id", "channel", "turn", "time", "question", "type", "procedure_id", "aspect", "score",
                    "guide_version", "feedback", "feedback_comment", "reply");
            browser.eachTurn(period, t -> csv.row(t.conversationId(), t.channel(), t.turn(), t.createdAt(), t.message(),
                    t.type(), t.procedureId(), t.aspect(), t.score(), t.guideVersion(), verdict(t.useful()), t.comment(),
                    t.reply()));
        });
    }

    @GET
    @Path("/questions.csv")
    @Operation(summary = "The grouped questions to improve of a period, as CSV (UTF-8 with BOM)")
    public Response questions(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort) {
        Period period = periods.parse(from, to);
        QuestionsToImprove.Order order = QuestionsToImprove.Order.parse(sort);
        return csv("cau-hoi-can-cai-thien_" + period.label(), csv -> {
            csv.row("question", "count", "last_asked", "fallbacks", "clarifications", "thumbs_down", "reasons", "key");
            questions.each(period, order, q -> csv.row(q.example(), q.count(), q.lastAskedAt(), q.fallbacks(),
                    q.clarifications(), q.thumbsDown(), String.join(" ", q.reasons()), q.key()));
        });
    }

    private interface Rows {
        void write(CsvWriter csv);
    }

    private Response csv(String name, Rows rows) {
        StreamingOutput body = stream -> {
            CsvWriter csv = new CsvWriter(stream, config.zone());
            QuarkusTransaction.requiringNew().timeout((int) EXPORT_TIMEOUT.toSeconds()).run(() -> rows.write(csv));
            csv.flush();
        };
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private static String verdict(Boolean useful) {
        return useful == null ? null : useful ? "up" : "down";
    }
}
