package vn.dvc.assistant.ranking;

import java.util.Map;

/** The candidates of one question with their features, unscored, and the evidence for none of them. */
public record Candidates(Map<String, Features> features, NoneEvidence none) {
}
