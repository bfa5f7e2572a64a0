package vn.dvc.assistant.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.catalogue.Channel;
import vn.dvc.assistant.catalogue.Document;
import vn.dvc.assistant.catalogue.DocumentGroup;
import vn.dvc.assistant.catalogue.reading.DocumentRows;
import vn.dvc.assistant.catalogue.reading.EndedPeriods;
import vn.dvc.assistant.catalogue.reading.FeeReading;
import vn.dvc.assistant.catalogue.reading.OfficeChange;
import vn.dvc.assistant.catalogue.reading.OfficeChanges;
import vn.dvc.assistant.catalogue.reading.ProcessingTime;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.knowledge.Succession;

/**
 * One aspect of a catalogue procedure in the portal's own words, shortened to what a chat can show. Nothing is
 * added that the record does not say, and no value is shown that the record does not make clear (catalogue.reading):
 * an aspect the record leaves empty is said to be missing, an office the 2025 reorganisation changed is marked with
 * what replaced it, a fee for a period that is over and a legal document replaced since are said to be so, and every
 * answer says which crawl of the portal it is from and links the official page.
 */
public final class CatalogueText {

    /** Longer lists are cut; the link has the rest. */
    private static final int MAX_ITEMS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CHANNELS_FIELD = "cach_thuc_thuc_hien";
    private static final String DOCUMENTS_FIELD = "thanh_phan_ho_so";
    private static final String LEGAL_BASIS_FIELD = "can_cu_phap_ly";

    private CatalogueText() {
    }

    public static Source source(CatalogueEntry entry) {
        return new Source("Cổng Dịch vụ công quốc gia – Thủ tục " + entry.code(), entry.sourceUrl());
    }

    /** The implementing agency, with what replaced it where the 2025 reorganisation changed it; null when not given. */
    public static String implementingAgency(CatalogueEntry entry) {
        return entry.agencies().implementing().map(agency -> OfficeChanges.standard().mark(agency).text()).orElse(null);
    }

    /**
     * The aspect's text as the citizen reads it, with where it comes from and as of when.
     *
     * @param today        Vietnam's calendar day, against which the periods the page states are past or not
     * @param successions  the legal documents replaced or amended since (vocabulary/superseded-documents.txt)
     */
    public static String section(CatalogueEntry entry, Aspect aspect, LocalDate today, List<Succession> successions) {
        String body = body(entry, aspect);
        Set<OfficeChange> changes = new LinkedHashSet<>(OfficeChanges.standard().named(entry.name()));
        if (aspect != Aspect.LEGAL_BASIS) {
            // a legal document's issuer is history, not an office to go to
            OfficeChanges.Marked marked = OfficeChanges.standard().mark(body);
            body = marked.text();
            changes.addAll(marked.changes());
        }
        return "Theo trang thủ tục " + entry.code() + " trên Cổng Dịch vụ công quốc gia (bản ghi thu thập "
                + entry.crawled().inWords() + "):\n" + body + endedPeriods(body, aspect, today)
                + supersededDocuments(entry, aspect, successions) + notes(changes)
                + "\nTrang chính thức: " + entry.sourceUrl();
    }

    /**
     * A fee, or a waiver or reduction of it, the page's notes give for a period that is over ("áp dụng đến hết ngày
     * 31/12/2025", "miễn kể từ ngày 07/4/2026 đến 30/6/2026") is not today's: said so, and where to check, rather than
     * left to read as the fee. The note names no amount, since the period may be the fee's or its waiver's. Fees only:
     * the conditions' periods are history the case must fall in ("từ ngày 20/7/1954 đến 30/4/1975"), not a validity.
     */
    private static String endedPeriods(String body, Aspect aspect, LocalDate today) {
        if (aspect != Aspect.FEES) {
            return "";
        }
        List<LocalDate> ended = EndedPeriods.in(body, today);
        if (ended.isEmpty()) {
            return "";
        }
        String days = ended.stream().map(d -> d.format(DAY)).collect(Collectors.joining(", "));
        return "\nLưu ý: ghi chú trên trang có mức thu hoặc miễn, giảm chỉ áp dụng đến ngày " + days
                + ", nay đã qua thời hạn đó; mức thu hiện hành anh/chị xem trên trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.";
    }

    /**
     * The page's legal basis as it was written: a document replaced or amended since ("Luật Quản lý thuế 38/2019/QH14",
     * replaced by 108/2025/QH15 from 01/7/2026), which the page cites without its successor, is said to be so, with
     * what changed and from when, from the same curated list the guides are checked against.
     */
    private static String supersededDocuments(CatalogueEntry entry, Aspect aspect, List<Succession> successions) {
        if (aspect != Aspect.LEGAL_BASIS) {
            return "";
        }
        String cited = entry.legalBasis().stream().map(l -> l.title() + " " + l.code()).collect(Collectors.joining("\n"));
        List<String> changed = successions.stream().filter(s -> s.outdates(cited)).map(s -> "\n- " + s.document() + ": " + s.note())
                .distinct().toList();
        return changed.isEmpty() ? "" : "\nLưu ý: văn bản trang dẫn đã được thay thế hoặc sửa đổi sau đó:" + String.join("", changed);
    }

    private static String notes(Set<OfficeChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder notes = new StringBuilder("\nLưu ý: trang thủ tục còn ghi tên cơ quan trước đợt sắp xếp bộ máy năm 2025.");
        changes.forEach(change -> notes.append("\n- ").append(change.note()));
        return notes.toString();
    }

    private static String body(CatalogueEntry entry, Aspect aspect) {
        return switch (aspect) {
            case OVERVIEW -> overview(entry);
            case ELIGIBILITY -> orMissing(entry, aspect, null, lines(
                    entry.who().map(w -> "- Đối tượng thực hiện: " + w),
                    entry.conditions().map(c -> "- Yêu cầu, điều kiện: " + c)));
            case DOCUMENTS -> orMissing(entry, aspect, DOCUMENTS_FIELD, documents(entry));
            case STEPS -> orMissing(entry, aspect, null, bullets(entry.steps(), s -> s));
            case WHERE -> orMissing(entry, aspect, CHANNELS_FIELD, where(entry));
            case PROCESSING_TIME -> orMissing(entry, aspect, CHANNELS_FIELD,
                    perChannel(entry, c -> ProcessingTime.shown(entry, c).map(t -> c.channel() + ": " + t)));
            case FEES -> orMissing(entry, aspect, CHANNELS_FIELD, fees(entry));
            case RESULT -> orMissing(entry, aspect, null, bullets(entry.results(), r -> r.name()));
            case FORMS -> orMissing(entry, aspect, DOCUMENTS_FIELD, forms(entry));
            case LEGAL_BASIS -> orMissing(entry, aspect, LEGAL_BASIS_FIELD,
                    bullets(entry.legalBasis(), l -> l.title() + " (" + l.code() + ")"));
        };
    }

    private static String overview(CatalogueEntry entry) {
        List<String> lines = new ArrayList<>();
        if (!entry.levels().isEmpty()) {
            lines.add("- Cấp thực hiện: " + String.join(", ", entry.levels()));
        }
        entry.field().ifPresent(f -> lines.add("- Lĩnh vực: " + f));
        Set<String> channels = new LinkedHashSet<>();
        entry.channels().forEach(c -> channels.add(c.channel()));
        if (!channels.isEmpty()) {
            lines.add("- Cách thực hiện: " + String.join(", ", channels));
        }
        entry.agencies().implementing().ifPresent(a -> lines.add("- Cơ quan thực hiện: " + a));
        if (!entry.results().isEmpty()) {
            lines.add("- Kết quả: " + entry.results().get(0).name());
        }
        return String.join("\n", lines);
    }

    private static String documents(CatalogueEntry entry) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (DocumentGroup group : entry.documents()) {
            total += (int) group.documents().stream().filter(d -> !DocumentRows.isHeading(d)).count();
            if (shown >= MAX_ITEMS) {
                continue;
            }
            group.title().map(DocumentRows::heading).ifPresent(lines::add);
            for (Document document : group.documents()) {
                if (DocumentRows.isHeading(document)) {
                    if (shown < MAX_ITEMS) {
                        lines.add(DocumentRows.heading(document.name()));
                    }
                } else if (shown++ < MAX_ITEMS) {
                    lines.add("- " + document.name() + DocumentRows.quantity(document).map(q -> " (" + q + ")").orElse(""));
                }
            }
        }
        if (total > MAX_ITEMS) {
            lines.add("… và " + (total - MAX_ITEMS) + " giấy tờ khác.");
        }
        return String.join("\n", lines);
    }

    private static String where(CatalogueEntry entry) {
        Set<String> channels = new LinkedHashSet<>();
        entry.channels().forEach(c -> channels.add(c.channel()));
        return lines(
                entry.agencies().implementing().map(a -> "- Cơ quan thực hiện: " + a),
                entry.agencies().competent().map(a -> "- Cơ quan có thẩm quyền: " + a),
                entry.agencies().receivingAddress().map(a -> "- Địa chỉ tiếp nhận hồ sơ: " + a),
                channels.isEmpty() ? Optional.empty() : Optional.of("- Cách nộp: " + String.join(", ", channels)));
    }

    private static String fees(CatalogueEntry entry) {
        String rows = perChannel(entry, c -> FeeReading.shown(c).map(f -> c.channel() + ": " + f));
        boolean setLocally = entry.channels().stream().flatMap(c -> c.feeNote().stream())
                .anyMatch(n -> n.contains("Hội đồng nhân dân") || n.contains("HĐND"));
        return setLocally && !rows.isEmpty()
                ? rows + "\nMức thu cụ thể ở địa phương do Hội đồng nhân dân tỉnh, thành phố quyết định, như ghi chú trên."
                : rows;
    }

    private static String forms(CatalogueEntry entry) {
        List<String> lines = new ArrayList<>();
        for (DocumentGroup group : entry.documents()) {
            for (Document document : group.documents()) {
                if (!document.forms().isEmpty() && lines.size() < MAX_ITEMS) {
                    lines.add("- " + document.name() + ": " + String.join(", ", document.forms()));
                }
            }
        }
        return lines.isEmpty() ? "" : "Mẫu đơn, tờ khai tải được trên trang thủ tục:\n" + String.join("\n", lines);
    }

    /** One line per channel row, the same line once. */
    private static String perChannel(CatalogueEntry entry, Function<Channel, Optional<String>> line) {
        Set<String> lines = new LinkedHashSet<>();
        entry.channels().forEach(c -> line.apply(c).ifPresent(l -> lines.add("- " + l)));
        return String.join("\n", lines.stream().limit(MAX_ITEMS).toList());
    }

    private static <T> String bullets(List<T> items, Function<T, String> text) {
        List<String> lines = items.stream().limit(MAX_ITEMS).map(i -> "- " + text.apply(i)).toList();
        String more = items.size() > MAX_ITEMS ? "\n… và " + (items.size() - MAX_ITEMS) + " mục khác." : "";
        return String.join("\n", lines) + more;
    }

    @SafeVarargs
    private static String lines(Optional<String>... lines) {
        List<String> present = new ArrayList<>();
        for (Optional<String> line : lines) {
            line.ifPresent(present::add);
        }
        return String.join("\n", present);
    }

    /** The record's text, or a plain statement that the record has none (or that it could not be read). */
    private static String orMissing(CatalogueEntry entry, Aspect aspect, String portalField, String text) {
        if (!text.isBlank()) {
            return text;
        }
        if (portalField != null && entry.unreadable().contains(portalField)) {
            return "Phần \"" + aspect.label() + "\" trên trang thủ tục không đọc được tự động; anh/chị xem trực tiếp trên trang.";
        }
        return "Trang thủ tục không ghi thông tin về " + aspect.label().toLowerCase(java.util.Locale.ROOT)
                + "; anh/chị xem trang thủ tục hoặc hỏi cơ quan giải quyết.";
    }
}
