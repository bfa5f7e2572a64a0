package vn.dvc.assistant.privacy;

import java.time.Duration;

/**
 * What the widget tells citizens about their data, from the retention the service really applies.
 *
 * @param retentionDays whole days a conversation is kept after its last turn (0 when less than a day)
 * @param notice        one line for the widget
 */
public record PrivacyNotice(long retentionDays, String notice) {

    static PrivacyNotice of(Duration retention) {
        String period = retention.toDays() >= 1 ? retention.toDays() + " ngày" : Math.max(1, retention.toHours()) + " giờ";
        return new PrivacyNotice(retention.toDays(), "Cuộc trò chuyện được lưu " + period + " để cải thiện dịch vụ. "
                + "Số điện thoại, số CCCD, email và mã số thuế được che trước khi lưu.");
    }
}
