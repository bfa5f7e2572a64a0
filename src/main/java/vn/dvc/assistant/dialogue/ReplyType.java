package vn.dvc.assistant.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The kinds of turn fixed by the contract. */
public enum ReplyType {
    ANSWER, CLARIFY, FALLBACK, SMALLTALK;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
