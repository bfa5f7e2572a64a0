package vn.dvc.assistant.channels.messenger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dvc.assistant.channels.ChannelReply;
import vn.dvc.assistant.channels.ReplyText;
import vn.dvc.assistant.channels.TextSplitter;

/** A reply fitted to the Send API's limits: text messages under 2,000 characters, suggestions as quick replies. */
final class MessengerMessages {

    static final int TEXT_LIMIT = 2000;
    static final int QUICK_REPLIES = 13;
    static final int TITLE_LIMIT = 20;
    static final int PAYLOAD_LIMIT = 1000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:(]|\\s[–-]\\s");

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

    private static ArrayNode quickReplies(List<String> suggestions) {
        ArrayNode quickReplies = JSON.arrayNode();
        suggestions.stream().limit(QUICK_REPLIES).forEach(suggestion -> quickReplies.addObject()
                .put("content_type", "text")
                .put("title", title(suggestion))
                .put("payload", cut(suggestion, PAYLOAD_LIMIT)));
        return quickReplies;
    }

    /**
     * Messenger cuts a long title mid-word. A whole clause that fits is kept as it is ("Tạm ngừng kinh doanh,
     * tiếp tục…" → "Tạm ngừng kinh doanh"); otherwise the title ends at a whole word with an ellipsis.
     */
    static String title(String suggestion) {
        String text = suggestion.strip();
        if (text.length() <= TITLE_LIMIT) {
            return text;
        }
        int clauseEnd = lastClauseEnd(text.substring(0, TITLE_LIMIT + 1));
        if (clauseEnd >= TITLE_LIMIT / 2) {
            return text.substring(0, clauseEnd).strip();
        }
        String head = text.substring(0, TITLE_LIMIT);
        int lastSpace = head.lastIndexOf(' ');
        String kept = lastSpace > 0 ? head.substring(0, lastSpace) : cut(text, TITLE_LIMIT - 1);
        return kept.replaceAll("[\\s,;:.–-]+$", "") + "…";
    }

    private static int lastClauseEnd(String head) {
        Matcher clause = CLAUSE_END.matcher(head);
        int end = -1;
        while (clause.find()) {
            end = clause.start();
        }
        return end;
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
