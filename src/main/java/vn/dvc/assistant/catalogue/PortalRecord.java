package vn.dvc.assistant.catalogue;

import java.text.Normalizer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the portal export (shared/data/README.md), field names as the crawler wrote them. The portal mixes
 * composed and decomposed Vietnamese letters ("à" as one code point or as "a" and a combining accent, in some 700
 * values), so every text is brought to the composed form (NFC): the same wording, one spelling.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PortalRecord(
        @JsonProperty("ma_thu_tuc") String code,
        @JsonProperty("ten_thu_tuc") String name,
        @JsonProperty("detail_url") String url,
        @JsonProperty("bo_nganh") String ministry,
        @JsonProperty("so_quyet_dinh") String decision,
        @JsonProperty("cap_thuc_hien") String levels,
        @JsonProperty("linh_vuc") String field,
        @JsonProperty("doi_tuong_thuc_hien") String who,
        @JsonProperty("trinh_tu_thuc_hien") String steps,
        @JsonProperty("cach_thuc_thuc_hien") String channels,
        @JsonProperty("thanh_phan_ho_so") String documents,
        @JsonProperty("can_cu_phap_ly") String legalBasis,
        @JsonProperty("yeu_cau_dieu_kien") String conditions,
        @JsonProperty("ket_qua_xu_ly") String results,
        @JsonProperty("co_quan_thuc_hien") String implementingAgency,
        @JsonProperty("co_quan_co_tham_quyen") String competentAgency,
        @JsonProperty("dia_chi_tiep_nhan") String receivingAddress,
        @JsonProperty("co_quan_duoc_uy_quyen") String authorizedAgency,
        @JsonProperty("co_quan_phoi_hop") String coordinatingAgency) {

    PortalRecord {
        code = composed(code);
        name = composed(name);
        url = composed(url);
        ministry = composed(ministry);
        decision = composed(decision);
        levels = composed(levels);
        field = composed(field);
        who = composed(who);
        steps = composed(steps);
        channels = composed(channels);
        documents = composed(documents);
        legalBasis = composed(legalBasis);
        conditions = composed(conditions);
        results = composed(results);
        implementingAgency = composed(implementingAgency);
        competentAgency = composed(competentAgency);
        receivingAddress = composed(receivingAddress);
        authorizedAgency = composed(authorizedAgency);
        coordinatingAgency = composed(coordinatingAgency);
    }

    private static String composed(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static final String CHANNELS = "cach_thuc_thuc_hien";
    static final String DOCUMENTS = "thanh_phan_ho_so";
    static final String LEGAL_BASIS = "can_cu_phap_ly";
    static final String CODE = "ma_thu_tuc";
}
