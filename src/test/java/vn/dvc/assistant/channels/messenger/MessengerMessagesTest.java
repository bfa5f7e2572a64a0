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
    void aShortTitleIsKept() {
        assertEquals("Lệ phí bao nhiêu?", MessengerMessages.title("Lệ phí bao nhiêu?"));
    }

    @Test
    void aLongTitleEndsAtAWholeWordOrClause() {
        assertEquals("Đăng ký thành lập…", MessengerMessages.title("Đăng ký thành lập hộ kinh doanh"));
        assertEquals("Tạm ngừng kinh doanh", MessengerMessages.title("Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn"));
        assertEquals("Cổng Dịch vụ công", MessengerMessages.title("Cổng Dịch vụ công – quốc gia"));
        assertEquals("x".repeat(19) + "…", MessengerMessages.title("x".repeat(40)));
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
