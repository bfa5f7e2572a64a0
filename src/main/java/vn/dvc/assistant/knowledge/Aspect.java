package vn.dvc.assistant.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a procedure a citizen asks about; the keys are fixed by the contract. */
public enum Aspect {
    OVERVIEW("overview", "Tổng quan", "Tổng quan thủ tục"),
    ELIGIBILITY("eligibility", "Đối tượng, điều kiện", "Ai được làm?"),
    DOCUMENTS("documents", "Hồ sơ cần chuẩn bị", "Hồ sơ cần gì?"),
    STEPS("steps", "Các bước thực hiện", "Làm thế nào?"),
    WHERE("where", "Nơi nộp hồ sơ", "Nộp ở đâu?"),
    PROCESSING_TIME("processing_time", "Thời hạn giải quyết", "Mất bao lâu?"),
    FEES("fees", "Phí, lệ phí", "Lệ phí bao nhiêu?"),
    RESULT("result", "Kết quả nhận được", "Nhận được gì?"),
    FORMS("forms", "Mẫu đơn, tờ khai", "Mẫu đơn ở đâu?"),
    LEGAL_BASIS("legal_basis", "Căn cứ pháp lý", "Căn cứ pháp lý?");

    private final String key;
    private final String label;
    private final String question;

    Aspect(String key, String label, String question) {
        this.key = key;
        this.label = label;
        this.question = question;
    }

    /** The contract's key, as in guide headings and the chat API. */
    public String key() {
        return key;
    }

    /** Heading shown to the citizen above this part of a guide. */
    public String label() {
        return label;
    }

    /** How a citizen would ask for this part: offered as a quick reply. */
    public String question() {
        return question;
    }

    public static Optional<Aspect> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
