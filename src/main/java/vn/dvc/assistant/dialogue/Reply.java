package vn.dvc.assistant.dialogue;

import java.util.List;

import vn.dvc.assistant.knowledge.Source;

/**
 * The assistant's reply to one turn.
 *
 * @param confidence   how sure the assistant was of the procedure, 0 to 1
 * @param guideVersion the version of the guide the answer came from, or null
 * @param next         what the conversation remembers after this turn
 */
public record Reply(
        ReplyType type,
        String procedureId,
        String aspect,
        String text,
        List<String> quickReplies,
        List<Source> sources,
        double confidence,
        String guideVersion,
        DialogueState next) {
}
