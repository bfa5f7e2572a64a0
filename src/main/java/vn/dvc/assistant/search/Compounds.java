package vn.dvc.assistant.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * The word pairs procedures are named with that hold a syllable which alone would be a function word or an aspect
 * word: "bảo hiểm", "bằng lái", "nước ngoài", "trước bạ", "đầu tư" typed "dau tu". Counted in the names, so a pair
 * counts when it is where the syllable mostly stands ("bảo" in "bảo hiểm"), not where it merely passes ("của" in
 * "của doanh nghiệp").
 */
final class Compounds {

    /** A pair seen this few times in the names proves nothing. */
    private static final int MIN_PAIRS = 3;
    /** ...and it must hold at least this share of either syllable's appearances in the names... */
    private static final double MIN_SHARE = 0.2;
    /**
     * ...or be this many times more frequent than its syllables' frequencies make it by chance: "lấy vợ" (3 of 21 "lấy"),
     * "tạm vắng", "bằng lái" are pairs, "của doanh", "với người" are not (measured on the national names, ratios 556,
     * 49 and 25 against 6 and 12).
     */
    private static final double MIN_LIFT = 20;

    static final Compounds NONE = new Compounds(Set.of());

    private final Set<String> pairs;

    private Compounds(Set<String> pairs) {
        this.pairs = pairs;
    }

    /** From the names of every procedure, read as the questions are. */
    static Compounds of(List<List<Syllable>> names) {
        Map<String, Integer> syllables = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        double total = 0;
        for (List<Syllable> name : names) {
            total += name.size();
            for (int i = 0; i < name.size(); i++) {
                syllables.merge(name.get(i).folded(), 1, Integer::sum);
                if (i + 1 < name.size()) {
                    pairCounts.merge(name.get(i).folded() + " " + name.get(i + 1).folded(), 1, Integer::sum);
                }
            }
        }
        Set<String> pairs = new HashSet<>();
        double syllablesInNames = total;
        pairCounts.forEach((pair, count) -> {
            String[] ab = pair.split(" ");
            double a = syllables.get(ab[0]);
            double b = syllables.get(ab[1]);
            boolean held = count >= MIN_SHARE * a || count >= MIN_SHARE * b;
            boolean lifted = count >= MIN_LIFT * a * b / syllablesInNames;
            if (count >= MIN_PAIRS && (held || lifted)) {
                pairs.add(pair);
            }
        });
        return new Compounds(pairs);
    }

    /** Whether the syllable at i stands in such a pair with a neighbour. */
    boolean inCompound(List<Syllable> syllables, int i) {
        return (i > 0 && pairs.contains(syllables.get(i - 1).folded() + " " + syllables.get(i).folded()))
                || (i + 1 < syllables.size() && pairs.contains(syllables.get(i).folded() + " " + syllables.get(i + 1).folded()));
    }
}
