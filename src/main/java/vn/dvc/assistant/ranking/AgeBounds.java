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
            if (isAgeAt(syllables, i) && (i == 0 || !BOUND_WORDS.contains(syllables.get(i - 1).folded()))) {
                int age = Integer.parseInt(syllables.get(i).folded());
                if (age <= OLDEST) {
                    return OptionalInt.of(age);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the question speaks of an age: a number followed by "tuổi", an age stated or a bound. */
    static boolean speaksOfAge(Understanding understanding) {
        List<Syllable> syllables = understanding.syllables();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            if (isAgeAt(syllables, i)) {
                return true;
            }
        }
        return false;
    }

    /** A number of at most three digits at i, and "tuổi" after it. */
    private static boolean isAgeAt(List<Syllable> syllables, int i) {
        String number = syllables.get(i).folded();
        return !number.isEmpty() && number.length() <= 3 && number.chars().allMatch(Character::isDigit)
                && syllables.get(i + 1).folded().equals("tuoi");
    }

    /**
     * The ranking knowing the question's age: when a procedure among the first few is named for an age that admits the
     * question's, those named for ages that rule it out are dropped and the others' probabilities renormalised, as the
     * ranking conditioned on what its features could not read. When none admits it, the age may be someone else's
     * than the procedure's subject, and the ranking stands.
     *
     * @param officialName a procedure's official name
     */
    static List<Candidate> fit(List<Candidate> ranked, Understanding understanding, Function<String, Optional<String>> officialName) {
        OptionalInt stated = statedAge(understanding);
        if (stated.isEmpty()) {
            return ranked;
        }
        int age = stated.getAsInt();
        List<AgeRange> ranges = ranked.stream().limit(WINDOW)
                .map(c -> officialName.apply(c.procedureId()).flatMap(AgeBounds::ageRange).orElse(null)).toList();
        if (ranges.stream().noneMatch(n -> n != null && n.admits(age))) {
            return ranked;
        }
        double ruledOut = 0;
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i) != null && !ranges.get(i).admits(age)) {
                ruledOut += ranked.get(i).score();
            }
        }
        double rest = 1 - ruledOut;
        if (ruledOut == 0 || !(rest > 0)) {
            return ranked;
        }
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i >= ranges.size() || ranges.get(i) == null || ranges.get(i).admits(age)) {
                kept.add(ranked.get(i).withScore(ranked.get(i).score() / rest));
            }
        }
        return kept;
    }

    /** Whether two official names are for different ages ("dưới 14 tuổi", "từ đủ 14 tuổi trở lên"). */
    static boolean forDifferentAges(String name, String other) {
        Optional<AgeRange> a = ageRange(name);
        Optional<AgeRange> b = ageRange(other);
        return a.isPresent() != b.isPresent()
                || a.isPresent() && (a.get().youngest() != b.get().youngest() || a.get().oldest() != b.get().oldest());
    }

    /** A name's age bound. */
    private static Optional<AgeRange> ageRange(String name) {
        String folded = VietnameseText.foldedWords(name);
        Matcher m = BOUND.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        int limit = Integer.parseInt(m.group(2));
        boolean downwards = " tro xuong".equals(m.group(3));
        return Optional.of(switch (m.group(1)) {
            case "duoi" -> new AgeRange(Integer.MIN_VALUE, limit - 1);
            case "tren" -> new AgeRange(limit + 1, Integer.MAX_VALUE);
            default -> downwards ? new AgeRange(Integer.MIN_VALUE, limit) : new AgeRange(limit, Integer.MAX_VALUE);
        });
    }

    private record AgeRange(int youngest, int oldest) {
        boolean admits(int age) {
            return age >= youngest && age <= oldest;
        }
    }
}
