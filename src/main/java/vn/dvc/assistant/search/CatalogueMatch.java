package vn.dvc.assistant.search;

/**
 * A catalogue procedure a question names.
 *
 * @param fit       how closely the question is the procedure's name, 0 to 1 (weighted F1 of words and word pairs)
 * @param precision the share of the question's topic that the name holds, 0 to 1
 */
public record CatalogueMatch(String procedureId, double fit, double precision) {
}
