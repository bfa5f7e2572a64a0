package vn.dvc.assistant.chat;

import java.util.List;

import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.knowledge.Source;

/** The reply to a turn, as the contract fixes it, plus the turn's number in the conversation (null if not stored). */
public record ChatResponse(
        String conversationId,
        Integer turn,
        ReplyType type,
        String procedureId,
        String aspect,
        String text,
        List<String> quickReplies,
        List<Source> sources) {
}
