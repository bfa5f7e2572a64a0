package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports eleven of the portal's records (NationalRecords.SAMPLE_CODES, read where they are, without their raw_text) plus three made-up lines: the first
 * record listed again under another ministry and level, a record without code, and a line that is not JSON.
 */
@org.junit.jupiter.api.Tag("catalogue")
class CatalogueImporterTest {

    private static final ObjectMapper JSON = CatalogueImporter.mapper();

    @TempDir
    static Path directory;
    static ImportSummary summary;
    static Map<String, CatalogueEntry> entries;
    static List<JsonNode> report;

    @BeforeAll
    static void importSample() throws IOException, URISyntaxException {
        List<String> lines = new ArrayList<>(NationalRecords.sampleLines());
        ObjectNode again = (ObjectNode) JSON.readTree(lines.get(0));
        again.put("bo_nganh", "bo-khac").put("cap_thuc_hien", "Cấp tỉnh, Cấp xã");
        ObjectNode withoutCode = (ObjectNode) JSON.readTree(lines.get(1));
        withoutCode.put("ma_thu_tuc", "");
        lines.add(JSON.writeValueAsString(again));
        lines.add(JSON.writeValueAsString(withoutCode));
        lines.add("{\"ma_thu_tuc\": \"1.000001\", ");
        Path input = directory.resolve("input.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);

        summary = CatalogueImporter.run(input, directory.resolve("catalogue"), NationalRecords.crawled());

        entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(directory.resolve("catalogue").resolve(CatalogueImporter.CATALOGUE_FILE))) {
            CatalogueEntry entry = JSON.readValue(line, CatalogueEntry.class);
            entries.put(entry.id(), entry);
        }
        report = new ArrayList<>();
        for (String line : Files.readAllLines(directory.resolve("catalogue").resolve(CatalogueImporter.REPORT_FILE))) {
            report.add(JSON.readTree(line));
        }
    }

    @Test
    void countsEveryRecordOnce() {
        assertEquals(14, summary.recordsRead());
        assertEquals(11, summary.entriesWritten());
        assertEquals(9, summary.fullyParsed());
        assertEquals(2, summary.partiallyParsed());
        assertEquals(Map.of("cach_thuc_thuc_hien", 1, "can_cu_phap_ly", 1, "thanh_phan_ho_so", 1), summary.leftOutByField());
        assertEquals(2, summary.rejected());
        assertEquals(1, summary.duplicatesMerged());
        assertEquals(report.size(), summary.problemsReported());
        assertEquals(11, entries.size());
    }

    @Test
    void anEntryKeepsThePortalsFieldsAsRows() {
        CatalogueEntry entry = entries.get("tthc-1.001612");
        assertEquals("Đăng ký thành lập hộ kinh doanh", entry.name());
        assertEquals(Optional.of("2353/QĐ-BTC"), entry.decision());
        assertEquals("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d76d-737f-81b9-69258b07240b", entry.sourceUrl());
        assertEquals(Optional.of("50,000 VNĐ"), entry.channels().get(2).fee());
        assertEquals(Optional.empty(), entry.channels().get(2).time(), "Không có thông tin");
        assertEquals(Optional.of("Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải kèm theo một trong những giấy tờ sau:"),
                entry.documents().get(0).title());
        assertEquals(new Document("Giấy đề nghị đăng ký hộ kinh doanh", List.of(), "1 bản chính"),
                entry.documents().get(1).documents().get(0));
        assertEquals(new LegalDocument("Luật Doanh nghiệp", "59/2020/QH14"), entry.legalBasis().get(4));
        assertEquals(Optional.empty(), entry.conditions());
        assertEquals(Optional.of("KQ.G12.001041"), entry.results().get(1).code());
        assertEquals(Optional.empty(), entry.agencies().implementing());
        assertEquals(List.of(), entry.unreadable());
    }

    @Test
    void theSameCodeListedAgainAddsItsLevelsToTheFirstEntry() {
        CatalogueEntry entry = entries.get("tthc-1.001612");
        assertEquals(List.of("Cấp bộ", "Cấp xã", "Cấp tỉnh"), entry.levels());
        assertEquals("bo-tai-chinh", entry.ministry());
        assertTrue(report.stream().anyMatch(p -> p.path("code").asText().equals("1.001612")
                && p.get("outcome").asText().equals(ImportProblem.Outcome.MERGED.text())
                && p.get("problem").asText().contains("bo-khac")));
    }

    @Test
    void aFieldThatCannotBeReadIsLeftOutAndReported() {
        CatalogueEntry entry = entries.get("tthc-3.000337");
        assertEquals(List.of("cach_thuc_thuc_hien", "can_cu_phap_ly"), entry.unreadable());
        assertEquals(List.of(), entry.channels());
        assertEquals(2, entry.documents().get(0).documents().size(), "the other tables are still read");
        List<JsonNode> problems = report.stream().filter(p -> p.path("code").asText().equals("3.000337")).toList();
        assertEquals(List.of("cach_thuc_thuc_hien", "can_cu_phap_ly"), problems.stream().map(p -> p.get("field").asText()).toList());
        assertTrue(problems.stream().allMatch(p -> p.get("outcome").asText().equals("imported without this field")
                && p.get("line").asInt() == 11 && !p.get("problem").asText().isBlank()));
        JsonNode documents = report.stream().filter(p -> p.path("code").asText().equals("1.001656")).findFirst().orElseThrow();
        assertEquals("thanh_phan_ho_so", documents.get("field").asText());
        assertTrue(documents.get("problem").asText().startsWith("no table header"), documents.toString());
    }

    @Test
    void recordsWithoutCodeOrNotJsonAreRejectedWithTheirLine() {
        List<JsonNode> rejected = report.stream()
                .filter(p -> p.get("outcome").asText().equals(ImportProblem.Outcome.REJECTED.text())).toList();
        assertEquals(2, rejected.size());
        assertEquals(13, rejected.get(0).get("line").asInt());
        assertEquals("ma_thu_tuc", rejected.get(0).get("field").asText());
        assertEquals(14, rejected.get(1).get("line").asInt());
        assertTrue(rejected.get(1).get("problem").asText().startsWith("not a JSON record"), rejected.get(1).toString());
    }

    @Test
    void textIsComposedUnicode() {
        // the sample's 2.000639 (documents, conditions), 1.000811 and 1.000807 (steps) have letters with combining accents
        entries.values().forEach(entry -> assertTrue(Normalizer.isNormalized(entry.toString(), Normalizer.Form.NFC), entry.id()));
    }
}
