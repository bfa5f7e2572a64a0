package vn.dvc.assistant.presentation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One block of a reply as the widget lays it out: a {@code paragraph} with its {@code text}, a {@code list}
 * (the guides' "- " items) or numbered {@code steps} (their "1. " lines) with their {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String kind, String text, List<String> items) {

    public static final String PARAGRAPH = "paragraph";
    public static final String LIST = "list";
    public static final String STEPS = "steps";

    static Block paragraph(String text) {
        return new Block(PARAGRAPH, text, null);
    }

    static Block items(String kind, List<String> items) {
        return new Block(kind, null, List.copyOf(items));
    }
}
