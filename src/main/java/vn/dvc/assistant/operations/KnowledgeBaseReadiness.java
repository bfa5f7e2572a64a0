package vn.dvc.assistant.operations;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.HealthGroup;

import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;

/**
 * Ready to answer only with guides indexed; the database's own readiness check comes with the datasource. The
 * "traffic" group holds this check alone: a load balancer keeps sending citizens to an instance whose database
 * is down, since it still answers them (README, "Container and Kubernetes").
 */
@Readiness
@HealthGroup("traffic")
@ApplicationScoped
public class KnowledgeBaseReadiness implements HealthCheck {

    private final LiveIndex liveIndex;

    KnowledgeBaseReadiness(LiveIndex liveIndex) {
        this.liveIndex = liveIndex;
    }

    @Override
    public HealthCheckResponse call() {
        GuideIndex index = liveIndex.current();
        KnowledgeBase knowledgeBase = index.knowledgeBase();
        int guides = knowledgeBase.guides().size();
        return HealthCheckResponse.named("knowledge-base")
                .status(guides > 0)
                .withData("guides", guides)
                .withData("catalogueEntries", index.catalogue().entries().size())
                .withData("loadedAt", knowledgeBase.loadedAt().toString())
                .build();
    }
}
