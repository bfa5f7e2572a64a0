package vn.dvc.assistant.channels;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import vn.dvc.assistant.abuse.Admission;
import vn.dvc.assistant.abuse.RateLimits;
import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.chat.ChatConfig;
import vn.dvc.assistant.chat.ChatResponse;

/** What a citizen writing on a channel gets back: the dialogue's answer, or a short notice when there is none to give. */
@ApplicationScoped
class ChannelAnswers {

    private static final Logger LOG = Logger.getLogger(ChannelAnswers.class);

    /** What a citizen opening the conversation is taken to say, so the greeting is the dialogue's own. */
    static final String GREETING = "Xin chào";
    static final String ONLY_TEXT = "Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi, "
            + "ví dụ: \"Đăng ký hộ kinh doanh cần giấy tờ gì?\"";
    static final String UNREADABLE = "Xin lỗi, tôi chưa đọc được tin nhắn này. Anh/chị vui lòng gõ lại câu hỏi.";
    static final String SLOW_DOWN = "Bạn gửi nhanh quá, vui lòng chờ một chút rồi hỏi lại.";
    static final String TROUBLE = "Xin lỗi, tôi đang gặp sự cố nên chưa trả lời được. Anh/chị vui lòng nhắn lại sau ít phút.";

    /** How the dialogue's turn is taken: in the caller's transaction (a kept message) or on its own (one kept nowhere). */
    @FunctionalInterface
    interface Turn {
        ChatResponse take(Channel channel, String sender, String text);
    }

    private final ChatConfig chatConfig;
    private final RateLimits limits;

    ChannelAnswers(ChatConfig chatConfig, RateLimits limits) {
        this.chatConfig = chatConfig;
        this.limits = limits;
    }

    /**
     * The reply to a message taken once (a redelivery never gets here, so it costs the citizen nothing); empty for
     * one of a flood, dropped after a single notice. An error of the database is thrown, as the turn's transaction
     * cannot go on; any other error is answered with an apology.
     */
    Optional<ChannelReply> replyTo(Channel channel, InboundMessage message, Turn turn) {
        Admission admission = limits.channelSenders().admit(channel.name() + ":" + message.sender());
        if (!admission.allowed()) {
            return admission.firstRefusal() ? Optional.of(ChannelReply.notice(SLOW_DOWN)) : Optional.empty();
        }
        try {
            return Optional.of(switch (message.kind()) {
                case NOT_TEXT -> ChannelReply.notice(ONLY_TEXT);
                case GREETING -> dialogue(channel, message.sender(), GREETING, turn);
                case TEXT -> dialogue(channel, message.sender(), message.text(), turn);
            });
        } catch (PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: message %s could not be answered", channel.name(), message.messageId());
            return Optional.of(ChannelReply.notice(TROUBLE));
        }
    }

    private ChannelReply dialogue(Channel channel, String sender, String text, Turn turn) {
        try {
            return ChannelReply.of(turn.take(channel, sender, text));
        } catch (ApiException refused) {
            return ChannelReply.notice("message_too_long".equals(refused.body().error())
                    ? "Tin nhắn hơi dài. Anh/chị vui lòng hỏi ngắn gọn hơn, trong khoảng " + chatConfig.maxMessageLength() + " ký tự."
                    : UNREADABLE);
        }
    }
}
