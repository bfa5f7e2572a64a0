package vn.dvc.assistant.dialogue;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Decision thresholds (measured on the evaluation sets, see README) and the procedures featured before the citizen
 * names one. The words a citizen reads that differ by province (help, portal, greeting) are the province profile's.
 */
@ConfigMapping(prefix = "assistant.dialogue")
public interface DialogueConfig {

    /*
     * Every number below steers a decision; each was chosen by the sweep of the offline evaluation
     * (src/tools/evaluate.sh --sweep, table in docs/ranking.md) over the evaluation sets, not by hand.
     */

    /** The ranker's probability at which the best candidate is answered. */
    @WithDefault("0.6")
    double answerScore();

    /**
     * A question every word of which stands in the names of several candidates (the names hold at least this share of
     * its topic), and that holds no name of the best in full or the names of two in full, says only what they share:
     * ask which one, unless the ranking gives the best at least underspecified-score.
     */
    @WithDefault("0.9")
    double underspecifiedPrecision();

    /** Swept 2026-12-07 (docs/ranking.md, "Choosing the thresholds"): 0.75 stood a hundredth from "ngừng kinh doanh". */
    @WithDefault("0.8")
    double underspecifiedScore();

    /**
     * A message of several clauses not answered as a whole is answered by its last clause read alone, when that clause's
     * best scores asking-clause-score and the whole message ranks it among this many first (0: never).
     */
    @WithDefault("1")
    int askingClauseAgreement();

    /** The asking clause's best must score at least this: a second look at a message, so surer than answer-score. */
    @WithDefault("0.95")
    double askingClauseScore();

    /** Below answer-score but at least this: the question is about a procedure, not clearly which; ask back. */
    @WithDefault("0.2")
    double clarifyScore();

    /** A candidate scoring at least this share of the best is offered beside it when asking back. */
    @WithDefault("0.6")
    double clarifyRatio();

    /** The answer to a clarifying question: the choice the words fit must score at least this. */
    @WithDefault("0.1")
    double choiceScore();

    /** A turn leaves the procedure in focus only for one whose name it holds at least this completely. */
    @WithDefault("0.66")
    double followUpSwitchRecall();

    /**
     * ... and only while the procedure in focus scores under this share of that one's score: a focus still ranked
     * keeps the turn ("lệ phí sang tên bao nhiêu" after a motorbike's transfer ranks a land transfer best, the
     * motorbike's next). Swept 2026-12-07 (docs/ranking.md, FollowUpPolicy): 0.005 and 0.01 keep three citizens'
     * follow-ups and one everyday follow-up right, 0.02 to 0.05 the citizens' only, 0.2 and above none, nothing worse
     * anywhere; 0 (any focus still ranked keeps the turn) loses eight turns of the team's own set and two of dev.
     * Swept again with the fresh citizens' set (sixth session): 0.002 to 0.005 keep three more of its follow-ups than
     * 0.01 ("hồ sơ giải thể gồm gì" after a company's dissolution, which the household business's closing outranks
     * 100 to 1), 0.002 one more everyday turn; 0 still loses eight of the team's own.
     */
    @WithDefault("0.002")
    double followUpFocusShare();

    /** A follow-up may hold at most this share of words the knowledge base does not know... */
    @WithDefault("0.34")
    double followUpUnknownShare();

    /** ...or this share when it asks about an aspect ("thế còn phí giao dịch?") or the focus covers this much of it. */
    @WithDefault("0.5")
    double followUpWithAspectUnknownShare();

    @WithDefault("0.3")
    double followUpFocusCoverage();

    /**
     * How much the guides' example questions weigh against the aspect words when choosing an aspect; under 2
     * so that an explicit two-word aspect cue wins a tie.
     */
    @WithDefault("1.8")
    double exampleWeight();

    /** The procedures offered as quick replies before the citizen names one. */
    @WithDefault("hkd-dang-ky-thanh-lap,hkd-thay-doi-noi-dung,hkd-tam-ngung-kinh-doanh,hkd-cham-dut-hoat-dong")
    List<String> featured();
}
