package vn.dvc.assistant.catalogue;

import java.util.Optional;

/**
 * One row of the portal's "Cách thức thực hiện" table.
 *
 * @param channel     {@code Trực tiếp}, {@code Trực tuyến} or {@code Dịch vụ bưu chính}
 * @param time        processing time as the portal writes it, e.g. {@code 3 Ngày làm việc}
 * @param fee         e.g. {@code Miễn phí}, {@code 150,000 Việt Nam Đồng}
 * @param feeNote     the text the portal puts in brackets after the fee, without the brackets
 * @param description the "Mô tả" cell
 */
public record Channel(String channel, Optional<String> time, Optional<String> fee, Optional<String> feeNote,
        Optional<String> description) {
}
