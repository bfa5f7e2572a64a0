package vn.dvc.assistant.chat;

import java.util.List;

import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.knowledge.Source;
import vn.dvc.assistant.presentation.Block;
import vn.dvc.assistant.presentation.Choice;
import vn.dvc.assistant.presentation.ReplyLayout;

/**
 * The reply to a turn, as the contract fixes it, plus the turn's number in the conversation (null if not
 * stored) and the reply's structure for a front end ({@link ReplyLayout}): {@code title}, {@code blocks} and
 * {@code choices}, the quick replies with short labels.
 */
public record ChatResponse(
        String conversationId,
        Integer turn,
        ReplyType type,
        String procedureId,
        String aspect,
        String text,
        List<String> quickReplies,
        List<Source> sources,
        String title,
        List<Block> blocks,
        List<Choice> choices) {

    public ChatResponse(String conversationId, Integer turn, ReplyType type, String procedureId, String aspect, String text,
            List<String> quickReplies, List<Source> sources, ReplyLayout layout) {
        this(conversationId, turn, type, procedureId, aspect, text, quickReplies, sources, layout.title(), layout.blocks(),
                layout.choices());
    }
}
