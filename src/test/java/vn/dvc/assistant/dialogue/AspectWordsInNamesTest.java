package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.catalogue.CatalogueImporter;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.catalogue.CrawlDate;
import vn.dvc.assistant.evaluation.ConfigDefaults;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.province.ShippedProfiles;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/**
 * A catalogue entry whose name holds aspect words ("đủ điều kiện" in a certificate's name): those words name the
 * procedure and ask nothing, unless the question says them once more than the name does.
 */
class AspectWordsInNamesTest {

    private static final String CODE = "9.000101";
    private static final String NAME = "Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi chim cảnh";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverACatalogueOfOne(@TempDir Path folder) throws IOException {
        Path records = folder.resolve("records.jsonl");
        Files.writeString(records, """
                {"ma_thu_tuc": "%s", "detail_url": "https://example.invalid/thu-tuc/%s", "ten_thu_tuc": "%s", \
                "so_quyet_dinh": "1/QĐ-TEST", "cap_thuc_hien": "Cấp tỉnh", "linh_vuc": "Thử nghiệm: chim cảnh", \
                "doi_tuong_thuc_hien": "Tổ chức", "thu_tuc_lien_quan": "Không có thông tin", \
                "trinh_tu_thuc_hien": "- Cơ sở nộp hồ sơ tại Sở. - Sở kiểm tra và cấp giấy chứng nhận.", \
                "cach_thuc_thuc_hien": "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp10 Ngày làm việcLệ phí : 50.000 Đồng", \
                "thanh_phan_ho_so": "Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị cấp giấy chứng nhậnMau-01.docxBản chính: 1 Bản sao: 0", \
                "can_cu_phap_ly": "Tên văn bản pháp lýMã văn bảnQuy định thử nghiệm về nuôi chim cảnh1/2026/TT-TEST", \
                "co_quan_thuc_hien": "Sở Nông nghiệp và Môi trường", "yeu_cau_dieu_kien": "Có chuồng trại đạt chuẩn thử nghiệm.", \
                "ket_qua_xu_ly": "Giấy chứng nhậnMã: KQ.TEST.000101", "bo_nganh": "bo-thu-nghiem", "raw_text": ""}
                """.formatted(CODE, CODE, NAME));
        Path imported = folder.resolve("catalogue");
        CatalogueImporter.run(records, imported, CrawlDate.parse("2026-06-15"));
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), CatalogueLoader.load(imported));
        engine = new DialogueEngine(() -> index, ConfigDefaults.of(DialogueConfig.class, Map.of()), Weights.fitted(),
                ShippedProfiles.national(), java.time.Clock.systemUTC());
    }

    private static String aspectOf(String question) {
        Reply reply = engine.respond(DialogueState.EMPTY, question);
        assertEquals("tthc-" + CODE, reply.procedureId(), question + ": " + reply.type());
        return reply.aspect();
    }

    @Test
    void theNamesConditionAsksNothing() {
        assertEquals("documents", aspectOf("Thành phần hồ sơ " + NAME.toLowerCase()));
        assertEquals("fees", aspectOf("Lệ phí " + NAME.toLowerCase()));
    }

    @Test
    void aConditionSaidOnceMoreThanTheNameAsksForTheConditions() {
        assertEquals("eligibility", aspectOf("Điều kiện " + NAME.toLowerCase() + " là gì"));
    }
}
