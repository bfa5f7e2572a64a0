package vn.dvc.assistant.widget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the widget itself at {@code /widget/<version>.js}, cached for good since its address changes with its
 * content; portals load it through {@link WidgetLoaderResource}.
 */
@Path("/widget")
public class WidgetScriptResource {

    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";

    private final WidgetScript script;

    WidgetScriptResource(WidgetScript script) {
        this.script = script;
    }

    /**
     * A version other than the current one (a loader cached before a deployment, or a replica not yet updated)
     * gets the current script, not cached, rather than a broken widget.
     */
    @GET
    @Path("/{version: [0-9a-f]{1,64}}.js")
    @Operation(summary = "The widget, one version", description = "Cached for good when the version is current.")
    public Response versioned(@PathParam("version") String version) {
        boolean current = script.version().equals(version);
        return Response.ok(script.content(), JAVASCRIPT)
                .header("Cache-Control", current ? VERSIONED_CACHE : "no-cache")
                .build();
    }
}
