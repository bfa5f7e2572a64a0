package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small catalogue entry written by hand for a unit test, with only the parts the test is about: the main suite
 * tests how records are read without the portal's records.
 */
public final class HandWrittenEntry {

    public static final CrawlDate CRAWLED = CrawlDate.parse("2026-06");
    public static final String URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/test";

    private String name = "Thủ tục viết tay để kiểm thử";
    private final List<String> steps = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final List<DocumentGroup> documents = new ArrayList<>();
    private final List<LegalDocument> legalBasis = new ArrayList<>();
    private Optional<String> implementing = Optional.empty();

    public static HandWrittenEntry entry() {
        return new HandWrittenEntry();
    }

    /** A channel row; null leaves a cell empty, as "Không có thông tin" does. */
    public static Channel row(String channel, String time, String fee, String feeNote, String description) {
        return new Channel(channel, Optional.ofNullable(time), Optional.ofNullable(fee), Optional.ofNullable(feeNote),
                Optional.ofNullable(description));
    }

    public HandWrittenEntry named(String name) {
        this.name = name;
        return this;
    }

    public HandWrittenEntry step(String step) {
        steps.add(step);
        return this;
    }

    public HandWrittenEntry channel(Channel row) {
        channels.add(row);
        return this;
    }

    public HandWrittenEntry documents(String title, Document... rows) {
        documents.add(new DocumentGroup(Optional.ofNullable(title), List.of(rows)));
        return this;
    }

    public HandWrittenEntry legal(String title, String code) {
        legalBasis.add(new LegalDocument(title, code));
        return this;
    }

    public HandWrittenEntry implementedBy(String agency) {
        implementing = Optional.of(agency);
        return this;
    }

    public CatalogueEntry build() {
        return new CatalogueEntry(CatalogueEntry.idOf("9.999999"), "9.999999", name, "bo-thu-nghiem", Optional.empty(),
                List.of("Cấp xã"), Optional.empty(), Optional.empty(), List.copyOf(steps), List.copyOf(channels),
                List.copyOf(documents), List.copyOf(legalBasis), Optional.empty(), List.of(),
                new Agencies(implementing, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), URL, CRAWLED,
                List.of());
    }
}
