package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.knowledge.Vocabulary;

/** Search over a real Lucene index: the shipped knowledge base, and small ones made for one property. */
class GuideIndexTest {

    private static final GuideIndex SHIPPED = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")));

    private static String best(GuideIndex index, String question) {
        List<ProcedureMatch> matches = index.procedures(index.read(question), 3, List.of());
        assertTrue(!matches.isEmpty(), "no match for " + question);
        return matches.get(0).procedureId();
    }

    @Test
    void findsTheProcedureWithOrWithoutDiacriticsAbbreviationsAndATypo() {
        for (String question : List.of("Chấm dứt hoạt động hộ kinh doanh", "cham dut hoat dong ho kinh doanh",
                "CHẤM DỨT HKD", "chấm dức hộ kinh doanh", "giải thể hộ kinh doanh", "giai the hkd")) {
            assertEquals("hkd-cham-dut-hoat-dong", best(SHIPPED, question), question);
        }
    }

    @Test
    void aTypoIsReadAsTheKnownSyllableItPairsWith() {
        Understanding reading = SHIPPED.read("chuyển đổi lên doanh nghep");
        assertTrue(reading.syllables().stream().anyMatch(s -> s.folded().equals("nghiep")), reading.summary());
    }

    @Test
    void aCuesWordsAfterANegationAskNothing() {
        assertEquals(Map.of(Aspect.PROCESSING_TIME, 3.0), SHIPPED.read("bao giờ có giấy khai sinh").cueWeights());
        assertEquals(Map.of(), SHIPPED.read("bà tôi chưa bao giờ có giấy khai sinh").cueWeights());
        assertEquals(Map.of(Aspect.DOCUMENTS, 2.0), SHIPPED.read("chua bao gio co giay khai sinh, gio lam can gi").cueWeights());
    }

    @Test
    void wordsFromOutsideTheKnowledgeBaseAreStrangers() {
        assertTrue(SHIPPED.unknownShare(SHIPPED.read("làm hộ chiếu ở đâu")) > 0.5);
        assertEquals(0.0, SHIPPED.unknownShare(SHIPPED.read("tạm ngừng kinh doanh")));
    }

    @Test
    void chatSpellingsReadAsTheWordsTheyStandFor() {
        Understanding typed = SHIPPED.read("vk e mún tạm ngừng hkd rùi mà ko bít ngta cx phải báo thuế ko");
        Understanding spelled = SHIPPED.read("vợ em muốn tạm ngừng hộ kinh doanh rồi mà không biết người ta cũng phải báo thuế không");
        assertEquals(spelled.topical(), typed.topical(), typed.summary());
        assertEquals(spelled.strangers(), typed.strangers(), typed.summary());
    }

    /** A story told before "Xin hỏi" may name the topic, not must: its words are read as maybe-topic, the question's as topic. */
    @Test
    void aStoryBeforeTheQuestionMayNameTheTopic() {
        Understanding told = SHIPPED.read("Tôi mở cửa hàng tạp hóa ở phường từ năm 2020. Xin hỏi tạm ngừng kinh doanh cần gì?");
        assertEquals(SHIPPED.read("tạm ngừng kinh doanh cần gì?").topical(), told.topical(), told.summary());
        assertTrue(told.maybeTopical().stream().anyMatch(s -> s.folded().equals("mo")), told.summary());
        Understanding plain = SHIPPED.read("Tôi mở cửa hàng tạp hóa, xin hỏi cần gì?");
        assertTrue(plain.topical().stream().anyMatch(s -> s.folded().equals("mo")), "nothing asked after the marker: " + plain.summary());
    }

    /** "Mk" is "mình", but "mật khẩu" after what is done with a password; "lãnh" is "lĩnh" before what is drawn. */
    @ParameterizedTest
    @CsvSource({
            "quen mk vneid, quên mật khẩu vneid",
            "cách lấy lại mk tài khoản, cách lấy lại mật khẩu tài khoản",
            "mk muốn tạm ngừng hkd, mình muốn tạm ngừng hộ kinh doanh",
            "lãnh lương hưu ở đâu, lĩnh lương hưu ở đâu",
            "hợp pháp hóa lãnh sự, hợp pháp hóa lãnh sự",
            "làm hộ chíu, làm hộ chiếu",
    })
    void wordsReadByTheirNeighbours(String typed, String spelled) {
        assertEquals(SHIPPED.read(spelled).topical(), SHIPPED.read(typed).topical(), SHIPPED.read(typed).summary());
    }

    @Test
    void theSectionWhoseExamplesFitBestScoresHighest() {
        Map<Aspect, Double> sections = SHIPPED.sections(SHIPPED.read("được tạm ngừng tối đa bao lâu"), "hkd-tam-ngung-kinh-doanh");
        Aspect best = sections.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(Aspect.ELIGIBILITY, best);
    }

    @Test
    void syllablePairsOutrankTheSameSyllablesApart() {
        GuideIndex index = GuideIndex.build(knowledgeBase(
                guide("kinh-doanh-ho", "Thủ tục hộ kinh doanh"),
                guide("doanh-kinh-ho", "Doanh trại, kinh phí, hộ đê")));
        assertEquals("kinh-doanh-ho", best(index, "kinh doanh"));
    }

    @Test
    void matchingDiacriticsRankHigherWhenTheyAreTyped() {
        GuideIndex index = GuideIndex.build(knowledgeBase(
                guide("ban-hang", "Giấy phép bán hàng rong"),
                guide("ban-ghe", "Giấy phép bàn ghế vỉa hè")));
        assertEquals("ban-hang", best(index, "bán"));
        assertEquals("ban-ghe", best(index, "bàn"));
    }

    private static KnowledgeBase knowledgeBase(Guide... guides) {
        return new KnowledgeBase(List.of(guides), new Vocabulary(List.of(), List.of(), Map.of(), List.of()), Instant.now());
    }

    private static Guide guide(String id, String name) {
        Map<Aspect, String> sections = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            sections.put(aspect, aspect.label());
        }
        return new Guide(id, null, List.of(), name, "Cấp xã", null, "2026-11-23", List.of(), List.of(),
                List.of(new Source("Nguồn", "https://example.gov.vn")), sections, Map.of(), id + ".md", "v1");
    }
}
