package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns one portal record into a catalogue entry, leaving out (and reporting) the fields it cannot read. */
final class EntryReader {

    /** An entry, if the record has one, and every problem met on the way. */
    record Read(Optional<CatalogueEntry> entry, List<ImportProblem> problems) {
    }

    @FunctionalInterface
    private interface TableParser<T> {
        List<T> parse(String text) throws UnreadableField;
    }

    /** The id is built from the code, so the code must be a plain national code. */
    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d+\\.\\d+");

    private final int line;
    private final PortalRecord record;
    private final CrawlDate crawled;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    private EntryReader(int line, PortalRecord record, CrawlDate crawled) {
        this.line = line;
        this.record = record;
        this.crawled = crawled;
    }

    static Read read(int line, PortalRecord record, CrawlDate crawled) {
        return new EntryReader(line, record, crawled).read();
    }

    private Read read() {
        Optional<String> code = PortalText.present(record.code());
        Optional<String> name = PortalText.present(record.name());
        if (code.isEmpty() || name.isEmpty()) {
            return rejected(code.isEmpty() ? PortalRecord.CODE : "ten_thu_tuc", "the record has no "
                    + (code.isEmpty() ? "procedure code" : "procedure name"));
        }
        if (!NATIONAL_CODE.matcher(code.get()).matches()) {
            return rejected(PortalRecord.CODE, "'" + code.get() + "' is not a national procedure code like 1.001612");
        }
        CatalogueEntry entry = new CatalogueEntry(CatalogueEntry.idOf(code.get()), code.get(), name.get(),
                PortalText.present(record.ministry()).orElse(""),
                PortalText.present(record.decision()),
                levels(record.levels()),
                PortalText.present(record.field()),
                PortalText.present(record.who()),
                StepsParser.parse(record.steps()),
                table(PortalRecord.CHANNELS, record.channels(), ChannelTableParser::parse),
                table(PortalRecord.DOCUMENTS, record.documents(), DocumentTableParser::parse),
                table(PortalRecord.LEGAL_BASIS, record.legalBasis(), LegalBasisParser::parse),
                PortalText.present(record.conditions()),
                ResultsParser.parse(record.results()),
                new Agencies(PortalText.present(record.implementingAgency()), PortalText.present(record.competentAgency()),
                        PortalText.present(record.receivingAddress()), PortalText.present(record.authorizedAgency()),
                        PortalText.present(record.coordinatingAgency())),
                PortalText.present(record.url()).orElse(""),
                crawled,
                List.copyOf(unreadable));
        return new Read(Optional.of(entry), List.copyOf(problems));
    }

    private <T> List<T> table(String field, String text, TableParser<T> parser) {
        try {
            return parser.parse(text);
        } catch (UnreadableField e) {
            unreadable.add(field);
            problems.add(new ImportProblem(line, record.code(), record.name(), field, e.getMessage(),
                    ImportProblem.Outcome.FIELD_LEFT_OUT));
            return List.of();
        }
    }

    private Read rejected(String field, String problem) {
        return new Read(Optional.empty(), List.of(new ImportProblem(line, record.code(), record.name(), field, problem,
                ImportProblem.Outcome.REJECTED)));
    }

    private static List<String> levels(String text) {
        return PortalText.present(text).stream()
                .flatMap(levels -> Arrays.stream(levels.split(",")))
                .map(String::strip)
                .filter(level -> !level.isEmpty())
                .toList();
    }
}
