package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * The national catalogue's procedure names, searched apart from the curated guides so that its thousands of names
 * never change how the guides' questions are read. A catalogue procedure is only found by its name: a question
 * must share two adjacent words with the name and most of its topic must be in it. Entries whose national code
 * a curated guide carries are left out: the guide answers for them.
 */
public final class CatalogueIndex {

    public static final CatalogueIndex EMPTY = new CatalogueIndex(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0);

    /**
     * @param minPrecision the share of the question's topic weight the name must hold
     * @param minWeight    the least weight of the topic words shared with the name (a word in one name of
     *                     {@code n} weighs ln(1 + n))
     * @param minFit       the least fit: a long name the question holds only a corner of is not named by it
     */
    public record Acceptance(double minPrecision, double minWeight, double minFit) {
    }

    /** One entry's name as matched: its topic words and adjacent pairs, folded, and their total weight. */
    private record Name(Set<String> words, Set<String> pairs, double weight) {
    }

    private final List<CatalogueEntry> entries;
    private final Map<String, Integer> ordinalById;
    private final Map<String, Integer> wordFrequency;
    private final Map<String, Integer> pairFrequency;
    private final Map<String, int[]> entriesByPair;
    private final Name[] names;
    private final double unknownWordWeight;

    private CatalogueIndex(List<CatalogueEntry> entries, Map<String, Integer> ordinalById, Map<String, Integer> wordFrequency,
                           Map<String, Integer> pairFrequency, Map<String, int[]> entriesByPair, double unknownWordWeight) {
        this.entries = entries;
        this.ordinalById = ordinalById;
        this.wordFrequency = wordFrequency;
        this.pairFrequency = pairFrequency;
        this.entriesByPair = entriesByPair;
        this.names = new Name[entries.size()];
        this.unknownWordWeight = unknownWordWeight;
    }

    /** @param coveredCodes the national codes the curated guides carry */
    static CatalogueIndex build(Catalogue catalogue, Set<String> coveredCodes, DomainText domainText, QuestionReader reader) {
        List<CatalogueEntry> offered = catalogue.entries().stream().filter(e -> !coveredCodes.contains(e.code())).toList();
        List<Set<String>> words = new ArrayList<>(offered.size());
        List<Set<String>> pairs = new ArrayList<>(offered.size());
        Map<String, Integer> wordFrequency = new HashMap<>();
        Map<String, Integer> pairFrequency = new HashMap<>();
        Map<String, Integer> ordinalById = new HashMap<>();
        for (CatalogueEntry entry : offered) {
            ordinalById.put(entry.id(), ordinalById.size());
            List<Syllable> run = domainText.read(entry.name());
            Set<String> nameWords = new HashSet<>();
            reader.topicWords(run).forEach(s -> nameWords.add(s.folded()));
            Set<String> namePairs = new HashSet<>();
            for (int i = 0; i + 1 < run.size(); i++) {
                if (nameWords.contains(run.get(i).folded()) && nameWords.contains(run.get(i + 1).folded())) {
                    namePairs.add(pair(run.get(i), run.get(i + 1)));
                }
            }
            nameWords.forEach(w -> wordFrequency.merge(w, 1, Integer::sum));
            namePairs.forEach(p -> pairFrequency.merge(p, 1, Integer::sum));
            words.add(nameWords);
            pairs.add(namePairs);
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (String p : pairs.get(i)) {
                postings.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> entriesByPair = new HashMap<>();
        postings.forEach((p, list) -> entriesByPair.put(p, list.stream().mapToInt(Integer::intValue).toArray()));
        double unknown = Math.log(1 + offered.size());
        CatalogueIndex index = new CatalogueIndex(offered, ordinalById, wordFrequency, pairFrequency, entriesByPair, unknown);
        for (int i = 0; i < offered.size(); i++) {
            double weight = 0;
            for (String w : words.get(i)) {
                weight += index.wordWeight(w);
            }
            for (String p : pairs.get(i)) {
                weight += index.pairWeight(p);
            }
            index.names[i] = new Name(Set.copyOf(words.get(i)), Set.copyOf(pairs.get(i)), weight);
        }
        return index;
    }

    /** The entries offered, in catalogue order: those no curated guide covers. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(id).map(ordinalById::get).map(entries::get);
    }

    /** Whether every one of the words is in the procedure's name. */
    public boolean namesAll(String procedureId, Collection<Syllable> words) {
        Integer ordinal = ordinalById.get(procedureId);
        return ordinal != null && words.stream().allMatch(w -> names[ordinal].words().contains(w.folded()));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The catalogue procedures whose names the question holds, best fit first; none when no name holds most of
     * the question's topic.
     *
     * @param acceptance how much of the question the name must hold
     * @param within     only these procedures; all when empty
     */
    public List<CatalogueMatch> match(Reading reading, Acceptance acceptance, Collection<String> within) {
        Set<String> topic = new LinkedHashSet<>();
        reading.topical().forEach(s -> topic.add(s.folded()));
        if (topic.isEmpty()) {
            return List.of();
        }
        Set<String> questionPairs = new LinkedHashSet<>();
        List<Syllable> syllables = reading.syllables();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String a = syllables.get(i).folded();
            String b = syllables.get(i + 1).folded();
            if (topic.contains(a) && topic.contains(b)) {
                questionPairs.add(a + " " + b);
            }
        }
        String[] words = topic.toArray(String[]::new);
        double[] wordWeights = new double[words.length];
        double topicWeight = 0;
        for (int i = 0; i < words.length; i++) {
            wordWeights[i] = wordWeight(words[i]);
            topicWeight += wordWeights[i];
        }
        String[] pairs = questionPairs.stream().filter(pairFrequency::containsKey).toArray(String[]::new);
        double[] pairWeights = new double[pairs.length];
        double pairsWeight = 0;
        for (int i = 0; i < pairs.length; i++) {
            pairWeights[i] = pairWeight(pairs[i]);
            pairsWeight += pairWeights[i];
        }
        boolean[] seen = new boolean[entries.size()];
        List<CatalogueMatch> matches = new ArrayList<>();
        for (String p : pairs) {
            for (int ordinal : entriesByPair.get(p)) {
                if (seen[ordinal] || (!within.isEmpty() && !within.contains(entries.get(ordinal).id()))) {
                    continue;
                }
                seen[ordinal] = true;
                Name name = names[ordinal];
                double coveredTopic = covered(words, wordWeights, name.words());
                double precision = coveredTopic / topicWeight;
                if (precision < acceptance.minPrecision() || coveredTopic < acceptance.minWeight()) {
                    continue;
                }
                double coveredPairs = covered(pairs, pairWeights, name.pairs());
                double shared = coveredTopic + coveredPairs;
                double p2 = shared / (topicWeight + pairsWeight);
                double r = shared / name.weight();
                double fit = 2 * p2 * r / (p2 + r);
                if (fit >= acceptance.minFit()) {
                    matches.add(new CatalogueMatch(entries.get(ordinal).id(), fit, precision));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(CatalogueMatch::fit).reversed().thenComparing(CatalogueMatch::procedureId));
        return matches;
    }

    private static double covered(String[] terms, double[] weights, Set<String> name) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            if (name.contains(terms[i])) {
                sum += weights[i];
            }
        }
        return sum;
    }

    /** A word in few names tells much; one no name uses tells most, and is never covered. */
    private double wordWeight(String folded) {
        Integer frequency = wordFrequency.get(folded);
        return frequency == null ? unknownWordWeight : Math.log(1 + (double) entries.size() / frequency);
    }

    private double pairWeight(String pair) {
        return Math.log(1 + (double) entries.size() / pairFrequency.getOrDefault(pair, 1));
    }

    private static String pair(Syllable a, Syllable b) {
        return a.folded() + " " + b.folded();
    }
}
