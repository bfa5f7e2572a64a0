package vn.dvc.assistant.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads "Trình tự thực hiện" into steps. The portal writes one step a line with "- " bullets, and sometimes puts
 * the first bullet on the heading's line: "* Trường hợp đăng ký trực tiếp: - Chủ hộ kinh doanh gửi hồ sơ...".
 * A " - " is a bullet only after the end of a sentence or heading; elsewhere it is prose ("Cục Quản lý xuất nhập
 * cảnh - Bộ Công an").
 */
final class StepsParser {

    private static final Pattern INLINE_BULLET = Pattern.compile("(?<=[:.;])\\s+-\\s+");
    private static final Pattern LEADING_BULLET = Pattern.compile("^-\\s*");

    private StepsParser() {
    }

    static List<String> parse(String text) {
        return PortalText.present(text).stream()
                .flatMap(steps -> Arrays.stream(steps.split("\\R")))
                .flatMap(line -> Arrays.stream(INLINE_BULLET.split(line)))
                .map(step -> LEADING_BULLET.matcher(step.strip()).replaceFirst("").strip())
                .filter(step -> !step.isEmpty())
                .toList();
    }
}
