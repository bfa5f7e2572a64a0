package vn.dvc.assistant.channels;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.dvc.assistant.abuse.Admission;
import vn.dvc.assistant.abuse.RateLimits;
import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.chat.ChatConfig;
import vn.dvc.assistant.chat.ChatService;
import vn.dvc.assistant.operations.DatabaseFailures;

/**
 * Carries a platform's event to the dialogue and the reply back, on a worker after the webhook has
 * acknowledged: the same assistant as the web chat, one conversation per channel and citizen.
 */
@ApplicationScoped
public class ChannelRelay {

    private static final Logger LOG = Logger.getLogger(ChannelRelay.class);

    /** What a citizen opening the conversation is taken to say, so the greeting is the dialogue's own. */
    static final String GREETING = "Xin chào";
    static final String ONLY_TEXT = "Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi, "
            + "ví dụ: \"Đăng ký hộ kinh doanh cần giấy tờ gì?\"";
    static final String UNREADABLE = "Xin lỗi, tôi chưa đọc được tin nhắn này. Anh/chị vui lòng gõ lại câu hỏi.";
    static final String SLOW_DOWN = "Bạn gửi nhanh quá, vui lòng chờ một chút rồi hỏi lại.";
    static final String TROUBLE = "Xin lỗi, tôi đang gặp sự cố nên chưa trả lời được. Anh/chị vui lòng nhắn lại sau ít phút.";

    private final ChatService chat;
    private final ChatConfig chatConfig;
    private final ProcessedMessages processed;
    private final SenderLanes lanes;
    private final RateLimits limits;

    ChannelRelay(ChatService chat, ChatConfig chatConfig, ProcessedMessages processed, SenderLanes lanes, RateLimits limits) {
        this.chat = chat;
        this.chatConfig = chatConfig;
        this.processed = processed;
        this.lanes = lanes;
        this.limits = limits;
    }

    /** Queues the event for its sender's worker and returns at once. */
    public void accept(Channel channel, InboundMessage message) {
        if (!InboundMessage.fits(message)) {
            // Signed by the platform yet not what it sends (its ids are a few dozen digits): nothing to store or answer.
            LOG.warnf("%s: an event whose sender id cannot be the platform's (blank, over 64 characters or with control characters) was dropped", channel.name());
            return;
        }
        lanes.submit(channel.name() + ":" + message.sender(), () -> handle(channel, message));
    }

    private void handle(Channel channel, InboundMessage message) {
        if (!processed.claim(channel.name(), message.messageId())) {
            LOG.debugf("%s: message %s was delivered again; it is answered once", channel.name(), message.messageId());
            return;
        }
        // Counted after deduplication, so a platform's redelivery costs the citizen nothing.
        Admission admission = limits.channelSenders().admit(channel.name() + ":" + message.sender());
        if (!admission.allowed()) {
            // One notice when the limit is reached; the rest of the flood is dropped, still acknowledged to the platform.
            if (admission.firstRefusal()) {
                channel.deliver(message.sender(), ChannelReply.notice(SLOW_DOWN));
            }
            return;
        }
        ChannelReply reply;
        try {
            reply = replyTo(channel, message);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: message %s could not be answered", channel.name(), message.messageId());
            reply = ChannelReply.notice(TROUBLE);
        }
        channel.deliver(message.sender(), reply);
    }

    private ChannelReply replyTo(Channel channel, InboundMessage message) {
        return switch (message.kind()) {
            case NOT_TEXT -> ChannelReply.notice(ONLY_TEXT);
            case GREETING -> turn(channel, message.sender(), GREETING);
            case TEXT -> turn(channel, message.sender(), message.text());
        };
    }

    private ChannelReply turn(Channel channel, String sender, String text) {
        try {
            return ChannelReply.of(chat.channelTurn(channel.name(), sender, readAsTyped(channel, sender, text)));
        } catch (ApiException refused) {
            return ChannelReply.notice("message_too_long".equals(refused.body().error())
                    ? "Tin nhắn hơi dài. Anh/chị vui lòng hỏi ngắn gọn hơn, trong khoảng " + chatConfig.maxMessageLength() + " ký tự."
                    : UNREADABLE);
        }
    }

    /** A channel may read the text against the stored conversation (Zalo's numbered replies); without the database, as typed. */
    private static String readAsTyped(Channel channel, String sender, String text) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> channel.readAsTyped(sender, text));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            return text;
        }
    }
}
