package vn.dvc.assistant.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.dvc.assistant.TestKnowledgeBases;

/**
 * The real knowledge base, with one section made longer than a message: no real section is (the longest has
 * under 800 characters), yet a reply over 2,000 characters must reach the citizen whole.
 */
public class LongSectionKnowledgeBase implements QuarkusTestResourceLifecycleManager {

    /** The last section of this guide, so lines appended to the file belong to it. */
    public static final String GUIDE = "hkd-dang-ky-thanh-lap";
    public static final String SECTION = "legal_basis";

    @Override
    public Map<String, String> start() {
        Path copy = TestKnowledgeBases.copy("channels-knowledge-base");
        try {
            StringBuilder lines = new StringBuilder("\n");
            for (int i = 1; i <= 16; i++) {
                lines.append("- Dòng bổ sung số ").append(i)
                        .append(" chỉ có trong bản sao dùng để kiểm tra việc chia một câu trả lời dài thành nhiều phần. ")
                        .append("Mỗi phần phải ngắn hơn giới hạn của nền tảng và kết thúc ở cuối một dòng.\n");
            }
            Files.writeString(copy.resolve("procedures").resolve(GUIDE + ".md"), lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("assistant.knowledge-base.path", copy.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        // The copy lives under target/ and is rewritten at the next start.
    }
}
