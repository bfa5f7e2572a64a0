package vn.dvc.assistant.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.knowledge.Succession;
import vn.dvc.assistant.province.ProvinceProfile;

/**
 * What in the content may no longer be true: a guide or the province profile not checked for too long, a guide
 * citing a legal document that was replaced or amended without its successor. Pure: the same content and day give
 * the same warnings, wherever they are shown.
 */
public final class ContentReview {

    /** @param subject the guide's id, or "province:KEY"; @param file where to fix it */
    public record Warning(String subject, String file, Kind kind, String message) {
    }

    public enum Kind {
        /** Not checked for longer than the configured age. */
        STALE,
        /** Cites a document whose successor is known, without the successor. */
        SUPERSEDED
    }

    private ContentReview() {
    }

    public static List<Warning> of(KnowledgeBase knowledgeBase, ProvinceProfile province, LocalDate today, int maxAgeDays) {
        List<Warning> warnings = new ArrayList<>();
        for (Guide guide : knowledgeBase.guides()) {
            age(LocalDate.parse(guide.reviewed()), today, maxAgeDays).ifPresent(days -> warnings.add(new Warning(guide.id(),
                    guide.file(), Kind.STALE, "Hướng dẫn được kiểm tra lần cuối ngày " + guide.reviewed() + " (" + days
                    + " ngày trước, quá " + maxAgeDays + " ngày): đối chiếu lại với quy định hiện hành rồi cập nhật 'reviewed'.")));
            String text = wholeText(guide);
            for (Succession succession : knowledgeBase.successions()) {
                if (succession.outdates(text)) {
                    warnings.add(new Warning(guide.id(), guide.file(), Kind.SUPERSEDED, "Hướng dẫn dẫn văn bản "
                            + succession.document() + " mà không nêu " + succession.successor() + " (" + succession.note() + ")."));
                }
            }
        }
        age(province.reviewed(), today, maxAgeDays).ifPresent(days -> warnings.add(new Warning("province:" + province.key(),
                "application.properties (assistant.province.profiles." + province.key() + ")", Kind.STALE,
                "Hồ sơ tỉnh, thành phố được kiểm tra lần cuối ngày " + province.reviewed() + " (" + days + " ngày trước, quá "
                        + maxAgeDays + " ngày): đối chiếu lại cổng dịch vụ công, tổng đài, tên cơ quan và nghị quyết về lệ phí.")));
        return List.copyOf(warnings);
    }

    private static java.util.Optional<Long> age(LocalDate reviewed, LocalDate today, int maxAgeDays) {
        long days = ChronoUnit.DAYS.between(reviewed, today);
        return days > maxAgeDays ? java.util.Optional.of(days) : java.util.Optional.empty();
    }

    /** Every word a guide shows or cites: its sections, whatever their dates, and its sources' titles. */
    private static String wholeText(Guide guide) {
        return Stream.concat(Stream.of(Aspect.values()).map(guide::section), guide.sources().stream().map(Source::title))
                .collect(Collectors.joining("\n"));
    }
}
