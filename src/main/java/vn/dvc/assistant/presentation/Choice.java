package vn.dvc.assistant.presentation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A suggestion to tap: the short {@code label} shown, and the {@code message} sent back, which is the quick
 * reply's full text (a procedure's full name for a clarifying question), as the dialogue reads it.
 */
public record Choice(String label, String message) {

    /** The messages as choices, labelled by {@link ChoiceLabels}. */
    public static List<Choice> of(List<String> messages) {
        List<String> labels = ChoiceLabels.of(messages);
        return IntStream.range(0, messages.size()).mapToObj(i -> new Choice(labels.get(i), messages.get(i))).toList();
    }
}
