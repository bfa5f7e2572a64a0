package vn.dvc.assistant.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One procedure guide as a civil servant wrote it.
 *
 * @param nationalCode the national code the guide is listed under (the first of {@code codes}), or null
 * @param codes        every national procedure the guide answers for, {@code nationalCode} first; empty when none
 * @param sections     the text shown to the citizen, per aspect, as written: a line may hold only until or from a
 *                     date ({@link DatedText}), so read it through {@link #section(Aspect, LocalDate)}
 * @param examples     example questions per aspect, used only to recognise questions
 * @param version      a short fingerprint of the file's content, stored with each answer given from it
 */
public record Guide(
        String id,
        String nationalCode,
        List<String> codes,
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

    /** Every line of the section, whatever its dates: what the index searches. */
    public String section(Aspect aspect) {
        return DatedText.allLines(sections.getOrDefault(aspect, ""));
    }

    /** The section as it holds on {@code day}: a line written for another period is left out. */
    public String section(Aspect aspect, LocalDate day) {
        return DatedText.on(sections.getOrDefault(aspect, ""), day);
    }

    public List<String> examples(Aspect aspect) {
        return examples.getOrDefault(aspect, List.of());
    }

    public Optional<String> code() {
        return Optional.ofNullable(nationalCode);
    }
}
