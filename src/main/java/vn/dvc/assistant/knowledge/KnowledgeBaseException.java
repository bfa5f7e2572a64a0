package vn.dvc.assistant.knowledge;

/** A guide or vocabulary file that cannot be loaded; the message names the file, the line and the fix. */
public class KnowledgeBaseException extends RuntimeException {

    private final String file;
    private final int line;

    public KnowledgeBaseException(String file, int line, String problem, String fix) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem + ". Fix: " + fix);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
