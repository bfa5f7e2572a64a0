package vn.dvc.assistant.dialogue;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Decision thresholds (measured on the evaluation sets, see README) and the help offered on a fallback. */
@ConfigMapping(prefix = "assistant.dialogue")
public interface DialogueConfig {

    /** The share of a question's topic words a procedure must cover to be answered... */
    @WithDefault("0.65")
    double answerCoverage();

    /** ...or how completely the question must hold one of the procedure's names. */
    @WithDefault("0.66")
    double nameThreshold();

    /** A second procedure scoring at least this share of the first's makes the question ambiguous. */
    @WithDefault("0.85")
    double clarifyRatio();

    /** Among close candidates, one named this much more completely than another wins outright. */
    @WithDefault("0.1")
    double anchorMargin();

    /** Below answer-coverage but at least this: the question is in the domain but too vague; ask back. */
    @WithDefault("0.25")
    double clarifyCoverage();

    /** A follow-up may hold at most this share of words the knowledge base does not know... */
    @WithDefault("0.34")
    double followUpUnknownShare();

    /** ...or this share when it asks about an aspect ("thế còn phí giao dịch?") or the focus covers this much of it. */
    @WithDefault("0.5")
    double followUpWithAspectUnknownShare();

    @WithDefault("0.3")
    double followUpFocusCoverage();

    /**
     * The national catalogue, asked only where the guides cannot answer, is stricter: a procedure's name must hold
     * at least this share of the question's topic (by weight)...
     */
    @WithDefault("0.7")
    double catalogueNamePrecision();

    /** ...and the words shared with the name must weigh at least this (a word found in k of n names weighs ln(1 + n/k)). */
    @WithDefault("6")
    double catalogueNameWeight();

    /** ...and the question must be close to the whole name (weighted F1 of words and word pairs). */
    @WithDefault("0.2")
    double catalogueNameFit();

    /**
     * A second catalogue name fitting at least this share of the best makes the question ambiguous. Looser than
     * clarify-ratio: catalogue names differ by a qualifier ("có yếu tố nước ngoài") that decides the answer.
     */
    @WithDefault("0.83")
    double catalogueClarifyRatio();

    /**
     * How much the guides' example questions weigh against the aspect words when choosing an aspect; under 2
     * so that an explicit two-word aspect cue wins a tie.
     */
    @WithDefault("1.8")
    double exampleWeight();

    /** The helpline offered when the assistant cannot answer. */
    @WithDefault("Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia: 1800 1096")
    String helpline();

    /** The portal offered when the assistant cannot answer. */
    @WithDefault("https://dichvucong.gov.vn")
    String portalUrl();

    /** The procedures offered as quick replies before the citizen names one. */
    @WithDefault("hkd-dang-ky-thanh-lap,hkd-thay-doi-noi-dung,hkd-tam-ngung-kinh-doanh,hkd-cham-dut-hoat-dong")
    List<String> featured();

    /** How the assistant introduces itself. */
    @WithDefault("trợ lý ảo hướng dẫn thủ tục hộ kinh doanh và dịch vụ công trực tuyến")
    String selfDescription();
}
