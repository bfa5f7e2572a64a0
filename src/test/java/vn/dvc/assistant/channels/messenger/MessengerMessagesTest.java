package vn.dvc.assistant.channels.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvc.assistant.channels.ChannelReply;

class MessengerMessagesTest {

    @Test
    void titlesAreTheShortLabelsAndPayloadsTheFullNames() {
        List<String> names = List.of("Đăng ký thành lập hộ kinh doanh", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh");
        JsonNode quickReplies = MessengerMessages.of("PSID", new ChannelReply("Thủ tục nào?", names, List.of(), true))
                .get(0).at("/message/quick_replies");
        assertEquals("Đăng ký thành lập", quickReplies.get(0).get("title").asText());
        assertEquals("Thay đổi nội dung", quickReplies.get(1).get("title").asText());
        assertEquals(names.get(1), quickReplies.get(1).get("payload").asText());
    }

    @Test
    void atMostThirteenQuickRepliesWithTitlesAndPayloadsWithinLimits() {
        List<String> suggestions = IntStream.rangeClosed(1, 20).mapToObj(i -> "Câu hỏi gợi ý số " + i + " " + "rất dài ".repeat(200)).toList();
        JsonNode quickReplies = MessengerMessages.of("PSID", new ChannelReply("Trả lời", suggestions, List.of(), false))
                .get(0).at("/message/quick_replies");
        assertEquals(13, quickReplies.size());
        for (JsonNode quickReply : quickReplies) {
            assertTrue(quickReply.get("title").asText().length() <= 20);
            assertTrue(quickReply.get("payload").asText().length() <= 1000);
        }
    }
}
