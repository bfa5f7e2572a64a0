package vn.dvc.assistant.privacy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves the privacy notice, so the widget states the configured retention rather than one typed into a page. */
@Path("/api/v1/privacy")
public class PrivacyResource {

    private final PrivacyConfig config;

    PrivacyResource(PrivacyConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What is stored and for how long", description = "{retentionDays, notice}: the line the widget shows.")
    public PrivacyNotice notice() {
        return PrivacyNotice.of(config.retention());
    }
}
