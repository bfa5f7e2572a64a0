package vn.dvc.assistant.catalogue;

/** A portal field whose text does not have the shape its parser knows; the message says what was found. */
class UnreadableField extends Exception {

    UnreadableField(String reason) {
        super(reason, null, false, false);
    }
}
