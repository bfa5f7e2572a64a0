package vn.dvc.assistant.channels.zalo;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dvc.assistant.channels.ChannelReply;
import vn.dvc.assistant.channels.ReplyText;
import vn.dvc.assistant.channels.TextSplitter;
import vn.dvc.assistant.presentation.ChoiceLabels;

/**
 * A reply fitted to Zalo's customer-service messages: text under 2,000 characters, and the suggestions as a
 * numbered list the citizen answers with the number (the shape of Zalo's buttons is not documented reliably).
 */
final class ZaloMessages {

    static final int TEXT_LIMIT = 2000;
    /** One digit to type. */
    static final int LISTED = 9;
    static final String LIST_INTRO = "Anh/chị có thể nhắn số để hỏi tiếp:";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ZaloMessages() {
    }

    static List<ObjectNode> of(String userId, ChannelReply reply) {
        return TextSplitter.split(ReplyText.withSources(reply) + numberedSuggestions(reply), TEXT_LIMIT).stream()
                .map(part -> {
                    ObjectNode request = JSON.objectNode();
                    request.putObject("recipient").put("user_id", userId);
                    request.putObject("message").put("text", part);
                    return request;
                }).toList();
    }

    /** A clarifying question numbers its choices itself, and the dialogue reads the number against them. */
    private static String numberedSuggestions(ChannelReply reply) {
        if (reply.suggestionsListedInText() || reply.suggestions().isEmpty()) {
            return "";
        }
        // The same short labels as Messenger's titles; the number stands for the full suggestion.
        List<String> labels = ChoiceLabels.of(reply.suggestions().stream().limit(LISTED).toList());
        StringBuilder list = new StringBuilder("\n\n").append(LIST_INTRO);
        for (int i = 0; i < labels.size(); i++) {
            list.append('\n').append(i + 1).append(". ").append(labels.get(i));
        }
        return list.toString();
    }
}
