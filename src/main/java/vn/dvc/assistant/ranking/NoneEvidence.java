package vn.dvc.assistant.ranking;

import java.util.List;

/**
 * What a question says of its own that no candidate answers for: the evidence for "none of them".
 *
 * @param unnamedShare     share of the question's topic weight in words no procedure's name holds
 * @param foreignPairShare share of its topic word pairs that no procedure's text holds ("phòng khám", "lớp 10")
 */
public record NoneEvidence(double unnamedShare, double foreignPairShare) {

    /** The names the fitted weights are written under (after "none."), in the order of {@link #vector()}. */
    public static final List<String> NAMES = List.of("unnamedShare", "foreignPairShare");

    public double[] vector() {
        return new double[] {unnamedShare, foreignPairShare};
    }
}
