package vn.dvc.assistant.catalogue;

import java.util.Optional;

/**
 * The portal's agency fields, each as one text (agency names contain commas, so they are not split).
 *
 * @param implementing     cơ quan thực hiện
 * @param competent        cơ quan có thẩm quyền
 * @param receivingAddress địa chỉ tiếp nhận hồ sơ
 * @param authorized       cơ quan được ủy quyền
 * @param coordinating     cơ quan phối hợp
 */
public record Agencies(Optional<String> implementing, Optional<String> competent, Optional<String> receivingAddress,
        Optional<String> authorized, Optional<String> coordinating) {
}
