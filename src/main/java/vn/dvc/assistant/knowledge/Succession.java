package vn.dvc.assistant.knowledge;

/**
 * A legal document a guide should no longer cite alone: {@code successor} replaced or amended it
 * ({@code vocabulary/superseded-documents.txt}).
 *
 * @param document  the number as guides write it, e.g. {@code 38/2019/QH14}
 * @param successor the document that replaced or amended it, e.g. {@code 108/2025/QH15}
 * @param note      what changed and from when, for the editor who reads the warning
 */
public record Succession(String document, String successor, String note) {

    /** A guide citing the document but not its successor states the law as it was. */
    public boolean outdates(String text) {
        return text.contains(document) && !text.contains(successor);
    }
}
