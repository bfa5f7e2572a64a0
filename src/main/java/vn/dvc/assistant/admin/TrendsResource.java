package vn.dvc.assistant.admin;

import java.time.temporal.ChronoUnit;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;

/** How the assistant did day by day, for the page's chart, and on each channel. */
@Path(AdminGuard.ADMIN_PATH + "/trends")
public class TrendsResource {

    /** A year and a day: a chart of more days than this has bars too thin to read. */
    static final int MAX_DAYS = 366;

    private final Periods periods;
    private final DailyTrends trends;

    TrendsResource(Periods periods, DailyTrends trends) {
        this.periods = periods;
        this.trends = trends;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Questions, answer rate and ratings per day, and per channel",
            description = "from/to: ISO dates, both included (default: the last 30 days), at most 366 days; channel (web, "
                    + "messenger, zalo) narrows the days, the channels' totals cover them all.")
    public DailyTrends.Trends trends(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("channel") String channel) {
        Period period = periods.parse(from, to);
        if (ChronoUnit.DAYS.between(period.from(), period.to()) >= MAX_DAYS) {
            throw ApiException.badRequest("invalid_period", "trends cover at most " + MAX_DAYS + " days; choose a shorter period");
        }
        return trends.of(period, ConversationBrowser.Filter.channel(channel));
    }
}
