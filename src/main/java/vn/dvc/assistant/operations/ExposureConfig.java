package vn.dvc.assistant.operations;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the public port shows besides the citizens' API. By default neither the API description nor the metrics:
 * the first maps every endpoint for an attacker, the second tells how the service is doing and who it talks to.
 */
@ConfigMapping(prefix = "assistant.exposure")
public interface ExposureConfig {

    /** Serve /q/openapi and /q/swagger-ui (ASSISTANT_API_DOCS): for a test or an internal instance. */
    @WithDefault("false")
    boolean apiDocs();

    /** The bearer token Prometheus sends for /q/metrics (METRICS_TOKEN, a secret); unset, metrics are off unless public. */
    Optional<String> metricsToken();

    /** Serve /q/metrics to anyone (ASSISTANT_METRICS_PUBLIC): only where the port is not reachable from outside. */
    @WithDefault("false")
    boolean metricsPublic();
}
