package vn.dvc.assistant.dialogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dvc.assistant.catalogue.CatalogueImporter;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.catalogue.CrawlDate;
import vn.dvc.assistant.evaluation.ConfigDefaults;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.province.ShippedProfiles;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/** The dialogue engine over the guides and a catalogue of a few made-up records, each given by its code and name (and level). */
final class EngineOverRecords {

    private EngineOverRecords() {
    }

    static DialogueEngine build(Path folder, Map<String, String> namesByCode) throws IOException {
        return build(folder, namesByCode, Map.of());
    }

    /** @param levelByCode a record's level when not "Cấp tỉnh" */
    static DialogueEngine build(Path folder, Map<String, String> namesByCode, Map<String, String> levelByCode) throws IOException {
        return build(folder, namesByCode, levelByCode, Map.of());
    }

    /** @param config the dialogue's settings that differ from the defaults */
    static DialogueEngine build(Path folder, Map<String, String> namesByCode, Map<String, String> levelByCode,
                                Map<String, String> config) throws IOException {
        Path records = folder.resolve("records.jsonl");
        Files.writeString(records, namesByCode.entrySet().stream()
                .map(e -> record(e.getKey(), e.getValue(), levelByCode.getOrDefault(e.getKey(), "Cấp tỉnh")))
                .collect(Collectors.joining("\n", "", "\n")));
        Path imported = folder.resolve("catalogue");
        CatalogueImporter.run(records, imported, CrawlDate.parse("2026-06-15"));
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), CatalogueLoader.load(imported));
        return new DialogueEngine(() -> index, ConfigDefaults.of(DialogueConfig.class, config), Weights.fitted(),
                ShippedProfiles.national(), Clock.systemUTC());
    }

    /**
     * The procedure a reply answers, or the one it offers first when it asks back: how sure the ranker is belongs to the
     * fitted weights, not to a test of what the question is read as.
     */
    static String answeredOrFirstOffered(Reply reply) {
        return reply.procedureId() != null ? reply.procedureId()
                : reply.next().pendingChoices().isEmpty() ? null : reply.next().pendingChoices().get(0);
    }

    private static String record(String code, String name, String level) {
        return """
                {"ma_thu_tuc": "%s", "detail_url": "https://example.invalid/thu-tuc/%s", "ten_thu_tuc": "%s", \
                "so_quyet_dinh": "1/QĐ-TEST", "cap_thuc_hien": "%s", "linh_vuc": "Thử nghiệm: chim cảnh", \
                "doi_tuong_thuc_hien": "Tổ chức", "thu_tuc_lien_quan": "Không có thông tin", \
                "trinh_tu_thuc_hien": "- Cơ sở nộp hồ sơ. - Cơ quan kiểm tra và trả kết quả.", \
                "cach_thuc_thuc_hien": "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp10 Ngày làm việcLệ phí : 50.000 Đồng", \
                "thanh_phan_ho_so": "Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghịMau-01.docxBản chính: 1 Bản sao: 0", \
                "can_cu_phap_ly": "Tên văn bản pháp lýMã văn bảnQuy định thử nghiệm về nuôi chim cảnh1/2026/TT-TEST", \
                "co_quan_thuc_hien": "Sở Nông nghiệp và Môi trường", "yeu_cau_dieu_kien": "Có chuồng trại đạt chuẩn thử nghiệm.", \
                "ket_qua_xu_ly": "Giấy chứng nhậnMã: KQ.TEST.%s", "bo_nganh": "bo-thu-nghiem", "raw_text": ""}""".formatted(code, code, name, level, code);
    }
}
