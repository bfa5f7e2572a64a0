package vn.dvc.assistant.channels.messenger;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dvc.assistant.channels.ChannelReply;
import vn.dvc.assistant.channels.ReplyText;
import vn.dvc.assistant.channels.TextSplitter;
import vn.dvc.assistant.presentation.ChoiceLabels;

/** A reply fitted to the Send API's limits: text messages under 2,000 characters, suggestions as quick replies. */
final class MessengerMessages {

    static final int TEXT_LIMIT = 2000;
    static final int QUICK_REPLIES = 13;
    static final int PAYLOAD_LIMIT = 1000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MessengerMessages() {
    }

    /** The Send API requests, in order; the quick replies go with the last part, under which Messenger shows them. */
    static List<ObjectNode> of(String psid, ChannelReply reply) {
        List<String> parts = TextSplitter.split(ReplyText.withSources(reply), TEXT_LIMIT);
        List<ObjectNode> requests = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode message = JSON.objectNode().put("text", parts.get(i));
            if (i == parts.size() - 1 && !reply.suggestions().isEmpty()) {
                message.set("quick_replies", quickReplies(reply.suggestions()));
            }
            ObjectNode request = JSON.objectNode();
            request.putObject("recipient").put("id", psid);
            request.put("messaging_type", "RESPONSE");
            request.set("message", message);
            requests.add(request);
        }
        return requests;
    }

    static ObjectNode typingOn(String psid) {
        ObjectNode request = JSON.objectNode();
        request.putObject("recipient").put("id", psid);
        request.put("sender_action", "typing_on");
        return request;
    }

    /** Titles are the choices' short labels, told apart by their distinguishing words; the payload is the full text. */
    private static ArrayNode quickReplies(List<String> suggestions) {
        List<String> offered = suggestions.stream().limit(QUICK_REPLIES).toList();
        List<String> titles = ChoiceLabels.of(offered);
        ArrayNode quickReplies = JSON.arrayNode();
        for (int i = 0; i < offered.size(); i++) {
            quickReplies.addObject()
                    .put("content_type", "text")
                    .put("title", titles.get(i))
                    .put("payload", TextSplitter.head(offered.get(i), PAYLOAD_LIMIT));
        }
        return quickReplies;
    }
}
