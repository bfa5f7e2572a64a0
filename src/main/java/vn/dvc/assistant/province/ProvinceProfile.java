package vn.dvc.assistant.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The profile in service: the words that differ by province, said in one place. The national profile names no
 * province and adds nothing to the guides' answers.
 */
public record ProvinceProfile(String key, String name, String portalName, String portalUrl, String helpline,
                              String communeOffice, Optional<String> feeResolution, Optional<String> note,
                              LocalDate reviewed, List<String> sources) {

    public static final String NATIONAL = "national";

    public boolean isNational() {
        return NATIONAL.equals(key);
    }

    /** Where to get help when the assistant cannot answer. */
    public String help() {
        return "Anh/chị có thể tra cứu trên " + portalName + ": " + portalUrl + "\n" + helpline + ".";
    }

    /** The greeting on an empty chat panel. */
    public String greeting() {
        return "Xin chào! Tôi là trợ lý ảo" + ofProvince() + ", trả lời 24/7 về thủ tục hành chính: hồ sơ cần chuẩn bị, nơi nộp, "
                + "lệ phí, thời gian giải quyết, cách nộp trực tuyến, kèm nguồn chính thức. Anh/chị chọn một thủ tục "
                + "dưới đây hoặc nhập câu hỏi.";
    }

    /** How the assistant introduces itself in a conversation. */
    public String selfDescription() {
        return "trợ lý ảo hướng dẫn thủ tục hộ kinh doanh và dịch vụ công trực tuyến" + ofProvince();
    }

    /**
     * The province's own offices and channels, added under a "where" answer; none for the national profile, whose
     * guides already name the national ones.
     *
     * @param atCommune whether the procedure is received at the commune level, where the province names its offices
     */
    public Optional<String> whereNote(boolean atCommune) {
        if (isNational()) {
            return Optional.empty();
        }
        return Optional.of("Ở " + name + ": " + (atCommune ? "hồ sơ giấy nộp tại " + communeOffice + "; " : "")
                + "trực tuyến qua " + portalName + " (" + portalUrl + ") hoặc Cổng Dịch vụ công quốc gia; hỗ trợ: "
                + helpline + "." + note.map(n -> "\n" + n).orElse(""));
    }

    /**
     * Under a fee the provincial People's Council sets: the province's resolution when the profile knows it, else
     * that the fee differs and where to check. None for the national profile, whose guides already say it differs.
     */
    public Optional<String> feeNote() {
        if (isNational()) {
            return Optional.empty();
        }
        return Optional.of(feeResolution.map(resolution -> "Ở " + name + ": " + resolution + ".")
                .orElse("Ở " + name + ": mức lệ phí do Hội đồng nhân dân " + name + " quyết định, mỗi tỉnh, thành phố một mức; "
                        + "trợ lý chưa có văn bản quy định mức này, anh/chị kiểm tra trên " + portalName + " (" + portalUrl
                        + ") hoặc tại " + communeOffice + "."));
    }

    private String ofProvince() {
        return isNational() ? "" : " của " + name;
    }
}
