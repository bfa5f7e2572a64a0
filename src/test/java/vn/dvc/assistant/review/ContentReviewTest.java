package vn.dvc.assistant.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.Succession;
import vn.dvc.assistant.province.ProvinceProfile;
import vn.dvc.assistant.province.ShippedProfiles;

/** What in the content is due for a check: age past the limit, a document cited without its known successor. */
class ContentReviewTest {

    private static final KnowledgeBase SHIPPED = KnowledgeBaseLoader.load(Path.of("knowledge-base"));

    @Test
    void aGuideAndTheProfileOlderThanTheLimitAreDue() {
        Guide registration = SHIPPED.guide("hkd-dang-ky-thanh-lap").orElseThrow();
        LocalDate reviewed = LocalDate.parse(registration.reviewed());
        ProvinceProfile city = ShippedProfiles.of("ho-chi-minh");

        List<ContentReview.Warning> onTheLastDay = ContentReview.of(SHIPPED, city, reviewed.plusDays(180), 180);
        assertTrue(onTheLastDay.stream().noneMatch(w -> w.subject().equals(registration.id())), onTheLastDay.toString());

        List<ContentReview.Warning> aDayLater = ContentReview.of(SHIPPED, city, reviewed.plusDays(181), 180);
        ContentReview.Warning stale = aDayLater.stream().filter(w -> w.subject().equals(registration.id())).findFirst().orElseThrow();
        assertEquals(ContentReview.Kind.STALE, stale.kind());
        assertEquals("procedures/hkd-dang-ky-thanh-lap.md", stale.file());
        assertTrue(stale.message().contains(registration.reviewed()) && stale.message().contains("181 ngày"), stale.message());

        LocalDate profileDue = city.reviewed().plusDays(181);
        assertTrue(ContentReview.of(SHIPPED, city, profileDue, 180).stream()
                .anyMatch(w -> w.subject().equals("province:ho-chi-minh") && w.kind() == ContentReview.Kind.STALE));
    }

    @Test
    void aGuideCitingADocumentWithoutItsSuccessorIsDue() {
        KnowledgeBase replacedLaw = new KnowledgeBase(SHIPPED.guides(), SHIPPED.vocabulary(),
                List.of(new Succession("76/2025/QH15", "99/2026/QH15", "luật giả định thay thế để kiểm thử")), Instant.now());
        List<ContentReview.Warning> warnings = ContentReview.of(replacedLaw, ShippedProfiles.national(), LocalDate.of(2026, 12, 6), 180);
        List<String> cited = warnings.stream().filter(w -> w.kind() == ContentReview.Kind.SUPERSEDED).map(ContentReview.Warning::subject).toList();
        assertTrue(cited.containsAll(List.of("hkd-dang-ky-thanh-lap", "hkd-cham-dut-hoat-dong", "dn-chuyen-doi-tu-hkd")), cited.toString());
        assertTrue(!cited.contains("thue-ho-kinh-doanh-1.011022"), "the tax guide does not cite the Law on Enterprises");
        assertTrue(warnings.get(0).message().contains("76/2025/QH15") && warnings.get(0).message().contains("99/2026/QH15"));
    }

    @Test
    void theShippedGuidesCiteNoDocumentWithoutItsKnownSuccessor() {
        assertTrue(!SHIPPED.successions().isEmpty());
        List<ContentReview.Warning> superseded = ContentReview.of(SHIPPED, ShippedProfiles.national(), LocalDate.of(2026, 12, 6), 180)
                .stream().filter(w -> w.kind() == ContentReview.Kind.SUPERSEDED).toList();
        assertEquals(List.of(), superseded);
    }
}
