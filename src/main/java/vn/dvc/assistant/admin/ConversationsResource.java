package vn.dvc.assistant.admin;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;

/** The stored conversations, for the people who improve the guides. */
@Path(AdminGuard.ADMIN_PATH + "/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ConversationsResource {

    private final Periods periods;
    private final ConversationBrowser browser;

    ConversationsResource(Periods periods, ConversationBrowser browser) {
        this.periods = periods;
        this.browser = browser;
    }

    @GET
    @Operation(summary = "Conversations active in a period, newest first",
            description = "Optional: channel (web, messenger, zalo), type (a turn of that type in the period), question "
                    + "(a turn asking it, with or without diacritics), procedure (an answer from it in the period); "
                    + "page from 0, size up to 200.")
    public Paging.Page<ConversationBrowser.ConversationSummary> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                                                     @QueryParam("channel") String channel, @QueryParam("type") String type,
                                                                     @QueryParam("question") String question,
                                                                     @QueryParam("procedure") String procedure,
                                                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        ConversationBrowser.Filter filter = ConversationBrowser.Filter.of(periods.parse(from, to), channel, type, question, procedure);
        return browser.page(filter, Paging.parse(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conversation with all its turns and the feedback on them")
    public ConversationBrowser.ConversationDetail conversation(@PathParam("id") String id) {
        return browser.detail(id).orElseThrow(() -> ApiException.notFound("unknown_conversation", "no conversation has the id " + id));
    }
}
