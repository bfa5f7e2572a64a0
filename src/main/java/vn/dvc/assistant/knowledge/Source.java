package vn.dvc.assistant.knowledge;

/** An official page a guide's facts come from. */
public record Source(String title, String url) {
}
