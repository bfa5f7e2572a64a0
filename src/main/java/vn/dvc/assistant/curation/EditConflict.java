package vn.dvc.assistant.curation;

/** Someone saved the file after this editor opened it: nothing is stored, and {@code current} is what they saved. */
public class EditConflict extends RuntimeException {

    private final transient StoredFile current;

    EditConflict(StoredFile current, int openedRevision) {
        super(current.path() + " was saved by " + current.changedBy() + " (revision " + current.revision()
                + ") after you opened revision " + openedRevision + ": nothing was saved; compare with their text and save again",
                null, false, false);
        this.current = current;
    }

    public StoredFile current() {
        return current;
    }
}
