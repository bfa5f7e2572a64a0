package vn.dvc.assistant.review;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import vn.dvc.assistant.knowledge.DatedText;
import vn.dvc.assistant.province.ProvinceProfile;
import vn.dvc.assistant.search.LiveIndex;

/**
 * Says in the log, at start and once a day, what content is due for a check; the admin page shows the same
 * ({@code GET /api/v1/admin/knowledge-base/review}).
 */
@ApplicationScoped
public class ReviewLog {

    private static final Logger LOG = Logger.getLogger(ReviewLog.class);

    private final LiveIndex liveIndex;
    private final ProvinceProfile province;
    private final ReviewConfig config;

    ReviewLog(LiveIndex liveIndex, ProvinceProfile province, ReviewConfig config) {
        this.liveIndex = liveIndex;
        this.province = province;
        this.config = config;
    }

    /** The warnings for the content in service today. */
    public List<ContentReview.Warning> warnings() {
        return ContentReview.of(liveIndex.current().knowledgeBase(), province, LocalDate.now(DatedText.ZONE), config.maxAgeDays());
    }

    public int maxAgeDays() {
        return config.maxAgeDays();
    }

    void atStart(@Observes StartupEvent started) {
        report();
    }

    @Scheduled(every = "24h", delayed = "24h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        report();
    }

    private void report() {
        List<ContentReview.Warning> warnings = warnings();
        warnings.forEach(w -> LOG.warnf("Content to review: %s (%s): %s", w.subject(), w.file(), w.message()));
        if (warnings.isEmpty()) {
            LOG.debugf("Content review: every guide and the province profile checked within %d days", config.maxAgeDays());
        }
    }
}
