package vn.dvc.assistant.catalogue;

import java.util.Optional;

/** What the citizen receives (kết quả xử lý); the code is the portal's result code, e.g. {@code KQ.G12.001041}. */
public record Result(String name, Optional<String> code) {
}
