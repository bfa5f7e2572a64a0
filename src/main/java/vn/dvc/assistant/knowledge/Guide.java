package vn.dvc.assistant.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One procedure guide as a civil servant wrote it.
 *
 * @param sections     the text shown to the citizen, per aspect
 * @param examples     example questions per aspect, used only to recognise questions
 * @param version      a short fingerprint of the file's content, stored with each answer given from it
 */
public record Guide(
        String id,
        String nationalCode,
        String name,
        String level,
        String agency,
        String reviewed,
        List<String> aliases,
        List<String> phrasings,
        List<Source> sources,
        Map<Aspect, String> sections,
        Map<Aspect, List<String>> examples,
        String file,
        String version) {

    public String section(Aspect aspect) {
        return sections.getOrDefault(aspect, "");
    }

    public List<String> examples(Aspect aspect) {
        return examples.getOrDefault(aspect, List.of());
    }

    public Optional<String> code() {
        return Optional.ofNullable(nationalCode);
    }
}
