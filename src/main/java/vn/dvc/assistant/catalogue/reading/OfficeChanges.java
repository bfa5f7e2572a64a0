package vn.dvc.assistant.catalogue.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The offices of the 2025 reorganisation ({@value #FILE}), found in a record's text: the first mention of each is
 * marked with what to read instead, and the changes found give the notes that end the answer. Names are looked for
 * only where a word starts that begins one of them, longest name first, so that a current name that begins like an
 * old one ("Chi cục Hải quan khu vực") is matched whole and left alone; one pattern tried at every character took a
 * millisecond per answer.
 */
public final class OfficeChanges {

    static final String FILE = "catalogue/office-changes.txt";
    private static final OfficeChanges STANDARD = load();

    private final List<OfficeChange> changes;
    /** By their first word, lower case, either tone placement: the names that begin with it, longest first. */
    private final Map<String, Pattern> namesByFirstWord = new HashMap<>();
    /** By name key: the change, or empty for a current name. */
    private final Map<String, Optional<OfficeChange>> byName = new HashMap<>();

    /** A text with its first mention of each change marked, and the changes in the order they appear. */
    public record Marked(String text, List<OfficeChange> changes) {
    }

    private record Mention(int start, int end, Optional<OfficeChange> change) {
    }

    OfficeChanges(List<OfficeChange> changes) {
        this.changes = changes;
        Map<String, List<String>> regexesByFirstWord = new HashMap<>();
        for (OfficeChange change : changes) {
            change.names().forEach(name -> byName.put(OfficeNames.key(name), Optional.of(change)));
            change.except().forEach(name -> byName.put(OfficeNames.key(name), Optional.empty()));
            Stream.concat(change.names().stream(), change.except().stream()).forEach(name -> regexesByFirstWord
                    .computeIfAbsent(OfficeNames.key(name).split(" ")[0], w -> new ArrayList<>()).add(OfficeNames.regex(name)));
        }
        regexesByFirstWord.forEach((word, regexes) -> {
            Pattern names = Pattern.compile("(?:" + regexes.stream().distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"))
                    + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            OfficeNames.spellings(word).forEach(spelling -> namesByFirstWord.put(spelling, names));
        });
    }

    /** The changes the project ships, read once. */
    public static OfficeChanges standard() {
        return STANDARD;
    }

    public List<OfficeChange> changes() {
        return changes;
    }

    /** The changes a text names, in order, each once. */
    public List<OfficeChange> named(String text) {
        Set<OfficeChange> found = new LinkedHashSet<>();
        mentions(text).forEach(mention -> mention.change().ifPresent(found::add));
        return List.copyOf(found);
    }

    /** The text with " [nay: …]" after the first mention of each change it names. */
    public Marked mark(String text) {
        Set<OfficeChange> found = new LinkedHashSet<>();
        StringBuilder marked = new StringBuilder(text.length() + 100);
        int copied = 0;
        for (Mention mention : mentions(text)) {
            if (mention.change().isPresent() && found.add(mention.change().get())) {
                marked.append(text, copied, mention.end()).append(" [nay: ").append(mention.change().get().now()).append(']');
                copied = mention.end();
            }
        }
        marked.append(text, copied, text.length());
        return new Marked(marked.toString(), new ArrayList<>(found));
    }

    /** Every old or current name in the text, left to right, none inside another. */
    private List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            Pattern names = namesByFirstWord.get(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
            if (names != null) {
                Matcher matcher = names.matcher(text).region(i, text.length()).useTransparentBounds(true);
                if (matcher.lookingAt()) {
                    Optional<OfficeChange> change = byName.getOrDefault(OfficeNames.key(matcher.group()), Optional.empty());
                    mentions.add(new Mention(i, matcher.end(), change));
                    i = matcher.end();
                    continue;
                }
            }
            i = wordEnd;
        }
        return mentions;
    }

    private static OfficeChanges load() {
        try (InputStream in = OfficeChanges.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return new OfficeChanges(OfficeChangesFile.parse(FILE, lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
