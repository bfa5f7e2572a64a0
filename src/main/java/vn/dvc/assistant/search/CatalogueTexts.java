package vn.dvc.assistant.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.lucene.index.DirectoryReader;

import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.ProcedureTexts.Indexed;
import vn.dvc.assistant.search.ProcedureTexts.Part;

/**
 * The catalogue's part of {@link ProcedureTexts}: opened where it was kept when it was indexed from the same texts,
 * read with the same abbreviations and synonyms, otherwise indexed (and kept for the next start). Indexing it was
 * half of a start with the national catalogue; putting its texts together, to know whether they are the same, is a
 * small part of that (docs/benchmarks.md).
 */
final class CatalogueTexts {

    private CatalogueTexts() {
    }

    /**
     * The part indexes of the catalogue's texts.
     *
     * @param opened whether they were opened where they were kept, rather than indexed
     */
    record Parts(Map<Part, Indexed> indexes, boolean opened) {
    }

    /** @param texts by catalogue entry, its texts in each part */
    static Parts index(List<Function<Part, List<String>>> texts, DomainText domainText,
                                    List<Vocabulary.Rewrite> rewrites, KeptCatalogueTexts kept) {
        MessageDigest key = sha256();
        add(key, rewrites.toString());
        Map<Part, int[]> firstDocuments = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            add(key, part.name());
            int[] first = new int[texts.size() + 1];
            int documents = 0;
            for (int entry = 0; entry < texts.size(); entry++) {
                first[entry] = documents;
                List<String> entryTexts = texts.get(entry).apply(part);
                add(key, Integer.toString(entryTexts.size()));
                entryTexts.forEach(text -> add(key, text));
                documents += entryTexts.size();
            }
            first[texts.size()] = documents;
            firstDocuments.put(part, first);
        }
        String textsKey = HexFormat.of().formatHex(key.digest());
        Optional<Map<Part, DirectoryReader>> opened = kept.open(textsKey);
        if (opened.isPresent()) {
            Map<Part, Indexed> parts = new EnumMap<>(Part.class);
            opened.get().forEach((part, reader) -> parts.put(part, new Indexed(reader, firstDocuments.get(part))));
            return new Parts(parts, true);
        }
        Map<Part, Indexed> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            parts.put(part, ProcedureTexts.index(part, texts, domainText));
        }
        kept.keep(textsKey, parts);
        return new Parts(parts, false);
    }

    /** Each text with its length first, so that no two lists of texts digest alike. */
    private static void add(MessageDigest key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        key.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        key.update((byte) ':');
        key.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
