package vn.dvc.assistant.curation;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

/** A change refused before it is stored: the message names the file, the line and the fix. */
public class InvalidEdit extends RuntimeException {

    private final String file;
    private final int line;

    InvalidEdit(KnowledgeBaseException cause) {
        this(cause.file(), cause.line(), cause.getMessage());
    }

    InvalidEdit(String file, int line, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
