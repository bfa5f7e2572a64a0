package vn.dvc.assistant.admin;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** How the assistant did over a period: answer rate, feedback, the most asked procedures and aspects. */
@Path(AdminGuard.ADMIN_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class StatisticsResource {

    private static final int DEFAULT_TOP = 10;
    private static final int MAX_TOP = 100;

    private final Periods periods;
    private final TurnStatistics statistics;

    StatisticsResource(Periods periods, TurnStatistics statistics) {
        this.periods = periods;
        this.statistics = statistics;
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Answer rate and feedback over a period",
            description = "from/to: ISO dates, both included (default: the last 30 days). answerRate = answers / turns that are not smalltalk.")
    public TurnStatistics.Overview overview(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.overview(periods.parse(from, to));
    }

    @GET
    @Path("/top/procedures")
    @Operation(summary = "The procedures answered most often over a period")
    public List<TurnStatistics.ProcedureCount> topProcedures(@QueryParam("from") String from, @QueryParam("to") String to,
                                                             @QueryParam("limit") String limit) {
        return statistics.topProcedures(periods.parse(from, to), top(limit));
    }

    @GET
    @Path("/top/aspects")
    @Operation(summary = "The aspects answered most often over a period")
    public List<TurnStatistics.AspectCount> topAspects(@QueryParam("from") String from, @QueryParam("to") String to,
                                                       @QueryParam("limit") String limit) {
        return statistics.topAspects(periods.parse(from, to), top(limit));
    }

    private static int top(String limit) {
        return Paging.number("limit", limit, DEFAULT_TOP, 1, MAX_TOP);
    }
}
