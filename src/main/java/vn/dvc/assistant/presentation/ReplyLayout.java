package vn.dvc.assistant.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.assistant.dialogue.ReplyType;

/**
 * A reply's structure for a front end that shows it without parsing text: the answer's title, its blocks,
 * and its quick replies as short choices. Read from the reply text, which follows the guide format's
 * conventions (first line "Name – Aspect", "- " items, "1. " steps, a blank line between paragraphs), so the
 * stored turns of a reloaded conversation get the same structure as a live reply.
 *
 * @param title  the answer's first line ("Chấm dứt hoạt động hộ kinh doanh – Phí, lệ phí"), null for other replies
 * @param blocks the rest of the text; a clarifying question's numbered choices are left out, as they are the choices
 */
public record ReplyLayout(String title, List<Block> blocks, List<Choice> choices) {

    private static final String TITLE_SEPARATOR = " – ";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** A "- " or "• " item (group 1 holds its mark) or a "1. " step, with its text in group 2. */
    private static final Pattern ITEM_OR_STEP = Pattern.compile("^(?:([-•])|\\d{1,2}[.)])\\s+(.*)$");

    public static ReplyLayout of(ReplyType type, String text, List<String> quickReplies) {
        return of(type.key(), text, quickReplies);
    }

    /** @param type the reply type's key, as a stored turn keeps it */
    public static ReplyLayout of(String type, String text, List<String> quickReplies) {
        List<String> lines = List.of(text == null ? new String[0] : LINE_BREAK.split(text.strip(), -1));
        String title = null;
        if (ReplyType.ANSWER.key().equals(type) && !lines.isEmpty() && lines.get(0).contains(TITLE_SEPARATOR)) {
            title = lines.get(0).strip();
            lines = lines.subList(1, lines.size());
        }
        List<Block> blocks = blocks(lines);
        if (ReplyType.CLARIFY.key().equals(type)) {
            blocks.removeIf(block -> Block.STEPS.equals(block.kind()) && block.items().size() <= quickReplies.size()
                    && block.items().equals(quickReplies.subList(0, block.items().size())));
        }
        return new ReplyLayout(title, List.copyOf(blocks), Choice.of(quickReplies));
    }

    /** Consecutive items of one kind make one block; any other line, or a blank one, ends it. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        String itemKind = null;
        for (String raw : lines) {
            String line = raw.strip();
            Matcher itemOrStep = ITEM_OR_STEP.matcher(line);
            String kind = !itemOrStep.matches() ? null : itemOrStep.group(1) != null ? Block.LIST : Block.STEPS;
            if (!items.isEmpty() && !Objects.equals(kind, itemKind)) {
                blocks.add(Block.items(itemKind, items));
                items.clear();
            }
            if (kind != null) {
                itemKind = kind;
                items.add(itemOrStep.group(2).strip());
            } else if (!line.isEmpty()) {
                blocks.add(Block.paragraph(line));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(Block.items(itemKind, items));
        }
        return blocks;
    }
}
