package vn.dvc.assistant.channels;

import java.util.List;

import vn.dvc.assistant.chat.ChatResponse;
import vn.dvc.assistant.dialogue.ReplyType;
import vn.dvc.assistant.knowledge.Source;

/**
 * What to send back on a channel, before it is fitted to the channel's limits.
 *
 * @param suggestionsListedInText the text already numbers the suggestions (a clarifying question), so a
 *                                channel that lists them in text must not list them twice
 */
public record ChannelReply(String text, List<String> suggestions, List<Source> sources, boolean suggestionsListedInText) {

    public static ChannelReply of(ChatResponse response) {
        return new ChannelReply(response.text(), response.quickReplies(), response.sources(),
                response.type() == ReplyType.CLARIFY);
    }

    /** A fixed sentence that is not a turn of the dialogue. */
    public static ChannelReply notice(String text) {
        return new ChannelReply(text, List.of(), List.of(), false);
    }
}
