package vn.dvc.assistant.dialogue;

import java.util.List;

/**
 * What a conversation remembers between turns; kept with the conversation, never in memory.
 *
 * @param focusProcedureId the procedure the conversation is about, or null
 * @param focusAspect      the aspect last answered, or null
 * @param pendingChoices   the procedures offered by a clarifying question still open, in order
 */
public record DialogueState(String focusProcedureId, String focusAspect, List<String> pendingChoices) {

    public static final DialogueState EMPTY = new DialogueState(null, null, List.of());

    public DialogueState {
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
    }
}
