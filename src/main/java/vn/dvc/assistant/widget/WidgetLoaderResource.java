package vn.dvc.assistant.widget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /widget.js}, the address of the portals' one-line embed: a small loader cached for five minutes that
 * loads the current {@code /widget/<version>.js}. A fix therefore reaches citizens' browsers within minutes,
 * and the embed line never changes.
 */
@Path("/widget.js")
public class WidgetLoaderResource {

    static final String LOADER_CACHE = "public, max-age=300";

    private final WidgetScript script;

    WidgetLoaderResource(WidgetScript script) {
        this.script = script;
    }

    @GET
    @Operation(summary = "The widget's loader", description = "The one-line embed's script; it loads the current version.")
    public Response loader() {
        return Response.ok(script.loader(), WidgetScriptResource.JAVASCRIPT).header("Cache-Control", LOADER_CACHE).build();
    }
}
