package vn.dvc.assistant.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.assistant.search.Understanding;
import vn.dvc.assistant.search.VietnameseText;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Procedures named for an age ("Cấp thẻ căn cước cho người dưới 14 tuổi" and "... từ đủ 14 tuổi trở lên"): their names
 * are the same but for a number, which no feature reads, so a question stating an age ("con em 6 tuổi") ranks them
 * by their other words, and splits its belief between them.
 */
final class AgeBounds {

    /** How far down the ranking the procedure named for the stated age is looked for. */
    private static final int WINDOW = 10;
    /** Older than anyone: a number before "tuổi" above it is not a person's age ("kỷ niệm 200 tuổi"). */
    private static final int OLDEST = 130;

    private static final Pattern BOUND = Pattern.compile(
            "(duoi|tu du|tu|tren|du) (\\d{1,3}) tuoi( tro len| tro xuong)?");

    private static final Set<String> BOUND_WORDS = Set.of("duoi", "tren", "tu", "du", "hon", "qua", "toi", "den", "ngoai");

    private AgeBounds() {
    }

    /** The age the question states: a number followed by "tuổi", not a bound ("dưới 14 tuổi", "từ đủ 14 tuổi"). */
    static OptionalInt statedAge(Understanding understanding) {
        List<Syllable> syllables = understanding.syllables();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String number = syllables.get(i).folded();
            if (number.chars().allMatch(Character::isDigit) && number.length() <= 3 && syllables.get(i + 1).folded().equals("tuoi")
                    && (i == 0 || !BOUND_WORDS.contains(syllables.get(i - 1).folded()))) {
                int age = Integer.parseInt(number);
                if (age <= OLDEST) {
                    return OptionalInt.of(age);
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The ranking knowing the question's age: when the best's name states an age the question's is outside of, and one
     * named the same but for the age fits it, the procedures whose names the age rules out are dropped and the others'
     * probabilities renormalised, as the ranking conditioned on what its features could not read.
     *
     * @param officialName a procedure's official name
     */
    static List<Candidate> fit(List<Candidate> ranked, Understanding understanding, Function<String, Optional<String>> officialName) {
        OptionalInt age = statedAge(understanding);
        if (age.isEmpty() || ranked.isEmpty()) {
            return ranked;
        }
        Optional<Named> best = officialName.apply(ranked.get(0).procedureId()).flatMap(AgeBounds::named);
        if (best.isEmpty() || best.get().admits(age.getAsInt())) {
            return ranked;
        }
        List<Named> named = ranked.stream().limit(WINDOW)
                .map(c -> officialName.apply(c.procedureId()).flatMap(AgeBounds::named).orElse(null)).toList();
        boolean fitting = named.stream().anyMatch(n -> n != null && n.rest().equals(best.get().rest()) && n.admits(age.getAsInt()));
        if (!fitting) {
            return ranked;
        }
        double ruledOut = 0;
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) != null && !named.get(i).admits(age.getAsInt())) {
                ruledOut += ranked.get(i).score();
            }
        }
        double rest = 1 - ruledOut;
        if (!(rest > 0)) {
            return ranked;
        }
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i >= named.size() || named.get(i) == null || named.get(i).admits(age.getAsInt())) {
                kept.add(ranked.get(i).withScore(ranked.get(i).score() / rest));
            }
        }
        return kept;
    }

    /** Whether two official names are for different ages ("dưới 14 tuổi", "từ đủ 14 tuổi trở lên"). */
    static boolean forDifferentAges(String name, String other) {
        Optional<Named> a = named(name);
        Optional<Named> b = named(other);
        return a.isPresent() != b.isPresent()
                || a.isPresent() && (a.get().youngest() != b.get().youngest() || a.get().oldest() != b.get().oldest());
    }

    /** A name's age bound, and the name without it. */
    private static Optional<Named> named(String name) {
        String folded = VietnameseText.foldedWords(name);
        Matcher m = BOUND.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        int limit = Integer.parseInt(m.group(2));
        String rest = (folded.substring(0, m.start()) + folded.substring(m.end())).replaceAll("\\s+", " ").trim();
        boolean downwards = " tro xuong".equals(m.group(3));
        return Optional.of(switch (m.group(1)) {
            case "duoi" -> new Named(rest, Integer.MIN_VALUE, limit - 1);
            case "tren" -> new Named(rest, limit + 1, Integer.MAX_VALUE);
            default -> downwards ? new Named(rest, Integer.MIN_VALUE, limit) : new Named(rest, limit, Integer.MAX_VALUE);
        });
    }

    private record Named(String rest, int youngest, int oldest) {
        boolean admits(int age) {
            return age >= youngest && age <= oldest;
        }
    }
}
