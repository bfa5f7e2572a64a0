package vn.dvc.assistant.search;

/**
 * A procedure a question may be about.
 *
 * @param relevance how well it fits, 0 to 3: Lucene's score relative to the best hit, plus twice how closely
 *                  the question is one of the procedure's names (the best F1 over its names)
 * @param coverage  the share of the question's topic words that the procedure's own words cover, 0 to 1
 * @param anchor    how completely the question holds one of the procedure's names, 0 to 1
 */
public record ProcedureMatch(String procedureId, double relevance, double coverage, double anchor) {
}
