package vn.dvc.assistant.catalogue;

/** One row of the "Căn cứ pháp lý" table: the document's title and its number, e.g. {@code 168/2025/NĐ-CP}. */
public record LegalDocument(String title, String code) {
}
