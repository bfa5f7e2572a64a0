package vn.dvc.assistant.ranking;

import java.util.List;

/**
 * What a question says of its own that no candidate answers for: the evidence for "none of them".
 *
 * @param unnamedShare     share of the question's topic weight in words no procedure's name holds
 * @param foreignPairShare share of its topic word pairs that no procedure's text holds ("phòng khám", "lớp 10")
 * @param length           how long its topic is, ln(1 + words) / ln(1 + 30): a long question fits every name less
 *                         well, which must not be read as fitting none
 */
public record NoneEvidence(double unnamedShare, double foreignPairShare, double length) {

    /** The names the fitted weights are written under (after "none."), in the order of {@link #vector()}. */
    public static final List<String> NAMES = List.of("unnamedShare", "foreignPairShare", "length");

    private static final double LONG = Math.log(1 + 30);

    public static double length(int topicWords) {
        return Math.min(1, Math.log(1 + topicWords) / LONG);
    }

    public double[] vector() {
        return new double[] {unnamedShare, foreignPairShare, length};
    }
}
