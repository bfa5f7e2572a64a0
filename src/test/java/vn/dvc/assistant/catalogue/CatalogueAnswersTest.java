package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.reading.FeeReading;
import vn.dvc.assistant.catalogue.reading.OfficeChange;
import vn.dvc.assistant.catalogue.reading.OfficeChanges;
import vn.dvc.assistant.catalogue.reading.ProcessingTime;
import vn.dvc.assistant.dialogue.CatalogueText;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.Succession;

/**
 * Every answer the whole national catalogue can give (each entry, each aspect), read as a citizen reads it: no
 * value the record does not make clear, no office of before the 2025 reorganisation without its note, and each
 * answer dated and linked. The portal's defects are counted in the records first (the "before" the output prints),
 * with patterns of this test's own, then looked for in the answers.
 */
@Tag("catalogue")
class CatalogueAnswersTest {

    private static final Pattern BARE_TIME_LINE = Pattern.compile("(?m)^- [^:\\n]+: \\d+\\s*$");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d.,]*\\s*(triệu\\s*)?(đồng|đ|VNĐ|VND|USD)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREE_LINE = Pattern.compile("(?m)^- [^:\\n]+: Miễn phí(.*)$");
    private static final Pattern SMALL_VND_LINE = Pattern.compile("(?m)^- [^:\\n]+: \\d{1,3} (VNĐ|Việt Nam Đồng)\\b");
    private static final Pattern DISTRICT = Pattern.compile(
            "cấp huyện|(ủy ban nhân dân|uỷ ban nhân dân|ubnd|công an|bảo hiểm xã hội|bhxh)( cấp)? (quận, |các )?huyện",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLANNING_AND_INVESTMENT = Pattern.compile("(Sở|Bộ) Kế hoạch và Đầu tư", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern HEADING_AS_DOCUMENT = Pattern.compile("(?m)^- .*(:\\s*|\\(0 bản chính\\))$|0 bản chính");
    private static final String NOTES = "\nLưu ý: trang thủ tục còn ghi tên cơ quan";
    private static final Pattern UNTIL_DAY = Pattern.compile("đến (?:hết )?(?:ngày )?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final String PERIOD_OVER = "\nLưu ý: ghi chú trên trang có mức thu hoặc miễn, giảm chỉ áp dụng đến ngày";
    private static final List<Succession> SUCCESSIONS = KnowledgeBaseLoader.load(Path.of("knowledge-base")).successions();
    private static final String SUPERSEDED = "\nLưu ý: văn bản trang dẫn đã được thay thế hoặc sửa đổi sau đó:";
    /** A fixed day, so that what is past stays the same from one run to the next. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Catalogue catalogue;
    private static final List<Row> rows = new ArrayList<>();
    private static final List<Answer> answers = new ArrayList<>();
    private static long nanosPerAnswer;

    /** One row of a record's channel table. */
    record Row(CatalogueEntry entry, Channel channel) {
    }

    record Answer(CatalogueEntry entry, Aspect aspect, String text) {

        /** The answer without the notes that end it, where the old names are explained. */
        String beforeNotes() {
            int notes = text.indexOf(NOTES);
            return notes < 0 ? text : text.substring(0, notes);
        }
    }

    @BeforeAll
    static void answerEverything() {
        catalogue = CatalogueLoader.load(NationalRecords.imported());
        catalogue.entries().forEach(entry -> entry.channels().forEach(channel -> rows.add(new Row(entry, channel))));
        long start = System.nanoTime();
        for (CatalogueEntry entry : catalogue.entries()) {
            for (Aspect aspect : Aspect.values()) {
                answers.add(new Answer(entry, aspect, CatalogueText.section(entry, aspect, TODAY, SUCCESSIONS)));
            }
        }
        nanosPerAnswer = (System.nanoTime() - start) / answers.size();
        System.out.printf(Locale.ROOT, "%d answers over %d entries, %.1f µs each%n", answers.size(),
                catalogue.entries().size(), nanosPerAnswer / 1000.0);
    }

    @Test
    void everyAnswerSaysItIsThePortalsRecordAsOfItsCrawlAndLinksTheOfficialPage() {
        for (Answer answer : answers) {
            assertTrue(answer.text().startsWith("Theo trang thủ tục " + answer.entry().code()
                    + " trên Cổng Dịch vụ công quốc gia (bản ghi thu thập " + NationalRecords.crawled().inWords() + "):"), answer.text());
            assertTrue(answer.text().endsWith("\nTrang chính thức: " + answer.entry().sourceUrl()), answer.text());
        }
    }

    @Test
    void noTimeIsShownAsABareNumber() {
        List<Row> bare = rows.stream().filter(r -> r.channel().time().filter(t -> t.strip().matches("\\d+")).isPresent()).toList();
        long withUnitFromTheRecord = bare.stream()
                .filter(r -> ProcessingTime.shown(r.entry(), r.channel()).orElseThrow().contains("trang chỉ ghi số")).count();
        int shown = 0;
        for (Answer answer : answers) {
            Matcher line = BARE_TIME_LINE.matcher(answer.text());
            while (line.find()) {
                shown++;
                System.out.println("bare time: " + answer.entry().code() + " " + line.group());
            }
        }
        System.out.printf("Times as a bare number: %d channel rows in the records (%d get the unit from the record, "
                + "%d are sent to the official page); %d lines in the answers%n", bare.size(), withUnitFromTheRecord,
                bare.size() - withUnitFromTheRecord, shown);
        assertTrue(bare.size() > 0, "the records have bare numbers to read");
        assertEquals(0, shown);
    }

    @Test
    void noFeeIsShownFreeWhereItsNoteSetsAnAmount() {
        List<Row> contradicted = rows.stream().filter(r -> r.channel().fee().filter("Miễn phí"::equals).isPresent()
                && r.channel().feeNote().filter(n -> AMOUNT.matcher(n).find()).isPresent()).toList();
        for (Row row : contradicted) {
            String fees = text(row.entry(), Aspect.FEES);
            String shown = "- " + row.channel().channel() + ": " + FeeReading.shown(row.channel()).orElseThrow();
            assertTrue(fees.contains(shown) && shown.contains("\"Miễn phí\" nhưng ghi chú"), fees);
        }
        int shownFree = 0;
        for (Answer answer : answers) {
            Matcher free = FREE_LINE.matcher(answer.text());
            while (free.find()) {
                if (AMOUNT.matcher(free.group(1)).find()) {
                    shownFree++;
                    System.out.println("free with an amount: " + answer.entry().code() + " " + free.group());
                }
            }
        }
        System.out.printf("\"Miễn phí\" beside a note that sets an amount: %d channel rows in the records; %d lines "
                + "in the answers show such a row as free%n", contradicted.size(), shownFree);
        assertTrue(contradicted.size() > 0, "the records have contradicted fees to read");
        assertEquals(0, shownFree);
    }

    @Test
    void noFeeForAPeriodThatIsOverIsLeftUnsaid() {
        int withPastPeriod = 0;
        for (Answer answer : answers) {
            if (answer.aspect() != Aspect.FEES) {
                continue;
            }
            String quoted = answer.text().contains(PERIOD_OVER)
                    ? answer.text().substring(0, answer.text().indexOf(PERIOD_OVER)) : answer.text();
            Matcher until = UNTIL_DAY.matcher(quoted);
            boolean past = false;
            while (until.find()) {
                past |= LocalDate.of(Integer.parseInt(until.group(3)), Integer.parseInt(until.group(2)),
                        Integer.parseInt(until.group(1))).isBefore(TODAY);
            }
            if (past) {
                withPastPeriod++;
                assertTrue(answer.text().contains(PERIOD_OVER), answer.text());
            }
        }
        System.out.printf("Fee answers that quote a period over by %s: %d, each saying so%n", TODAY, withPastPeriod);
        assertTrue(withPastPeriod > 0, "the records have fees for past periods to read");
    }

    @Test
    void noLegalDocumentReplacedSinceIsCitedAsIfInForce() {
        int citing = 0;
        for (Answer answer : answers) {
            if (answer.aspect() != Aspect.LEGAL_BASIS) {
                continue;
            }
            String notes = answer.beforeNotes();
            String cited = notes.contains(SUPERSEDED) ? notes.substring(0, notes.indexOf(SUPERSEDED)) : notes;
            for (Succession succession : SUCCESSIONS) {
                if (cited.contains(succession.document()) && !cited.contains(succession.successor())) {
                    citing++;
                    assertTrue(answer.text().contains(SUPERSEDED) && answer.text().contains("- " + succession.document() + ": "
                            + succession.note()), answer.text());
                }
            }
        }
        System.out.printf("Legal basis answers citing a document replaced since, without its successor: %d, each saying so%n",
                citing);
        assertTrue(citing > 0, "the records cite replaced documents to read");
    }

    @Test
    void noGarbledAmountIsShown() {
        long garbledRows = rows.stream().filter(r -> r.channel().fee().filter(f -> f.matches("\\d{1,3} (VNĐ|Việt Nam Đồng)"))
                .isPresent()).count();
        long shown = answers.stream().filter(a -> SMALL_VND_LINE.matcher(a.text()).find()).count();
        System.out.printf("Amounts in đồng below 1,000: %d channel rows in the records; %d answers show one%n",
                garbledRows, shown);
        assertTrue(garbledRows > 0, "the records have garbled amounts to read");
        assertEquals(0, shown);
    }

    @Test
    void noDistrictLevelOfficeIsShownWithoutItsNote() {
        long namingRecords = catalogue.entries().stream().filter(e -> DISTRICT.matcher(e.toString()).find()).count();
        List<String> districtNotes = OfficeChanges.standard().changes().stream().filter(c -> c.names().stream()
                .anyMatch(n -> n.contains("huyện"))).map(OfficeChange::note).toList();
        int withoutNote = 0;
        int answersNaming = 0;
        for (Answer answer : answers) {
            if (answer.aspect() == Aspect.LEGAL_BASIS) {
                continue; // an issuer of a legal document is history; the notes still cover the procedure's name
            }
            boolean inBody = DISTRICT.matcher(answer.beforeNotes()).find();
            if (inBody || DISTRICT.matcher(answer.entry().name()).find()) {
                answersNaming++;
                boolean noted = districtNotes.stream().anyMatch(answer.text()::contains)
                        && (!inBody || answer.beforeNotes().contains("[nay: "));
                if (!noted) {
                    withoutNote++;
                    System.out.println("district level without its note: " + answer.entry().code() + " " + answer.aspect());
                }
            }
        }
        System.out.printf("District level (cấp huyện) named: %d records; %d answers name it, %d of them without the note%n",
                namingRecords, answersNaming, withoutNote);
        assertTrue(namingRecords > 0, "the records name the district level");
        assertEquals(0, withoutNote);
    }

    @Test
    void noMergedPlanningAndInvestmentOfficeIsShownAsIfItExisted() {
        long namingRecords = catalogue.entries().stream().filter(e -> PLANNING_AND_INVESTMENT.matcher(e.toString()).find()).count();
        int unmarked = 0;
        for (Answer answer : answers) {
            if (answer.aspect() != Aspect.LEGAL_BASIS && PLANNING_AND_INVESTMENT.matcher(answer.beforeNotes()).find()
                    && !(answer.beforeNotes().contains("Kế hoạch và Đầu tư [nay: Sở Tài chính]")
                            || answer.beforeNotes().contains("Kế hoạch và Đầu tư [nay: Bộ Tài chính]"))) {
                unmarked++;
                System.out.println("Kế hoạch và Đầu tư unmarked: " + answer.entry().code() + " " + answer.aspect());
            }
        }
        System.out.printf("Sở / Bộ Kế hoạch và Đầu tư named: %d records; %d answers show it unmarked%n", namingRecords, unmarked);
        assertTrue(namingRecords > 0);
        assertEquals(0, unmarked);
    }

    @Test
    void noListHeadingIsShownAsADocument() {
        int zeroRows = 0;
        for (CatalogueEntry entry : catalogue.entries()) {
            for (DocumentGroup group : entry.documents()) {
                zeroRows += (int) group.documents().stream().filter(d -> d.quantity().startsWith("0 bản chính")).count();
            }
        }
        long shown = answers.stream().filter(a -> a.aspect() == Aspect.DOCUMENTS)
                .filter(a -> HEADING_AS_DOCUMENT.matcher(a.text()).find()).count();
        System.out.printf("Document rows counted \"0 bản chính\": %d in the records; %d answers show a heading or a zero count "
                + "as a document%n", zeroRows, shown);
        assertTrue(zeroRows > 0);
        assertEquals(0, shown);
    }

    @Test
    void answersStayCheapEnoughToWriteEveryTurn() {
        // a turn writes one answer; the rest of a turn takes milliseconds (docs/benchmarks.md)
        assertTrue(nanosPerAnswer < 2_000_000, nanosPerAnswer + " ns per answer");
    }

    private static String text(CatalogueEntry entry, Aspect aspect) {
        return answers.stream().filter(a -> a.entry() == entry && a.aspect() == aspect).findFirst().orElseThrow().text();
    }
}
