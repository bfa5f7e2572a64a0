package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Every procedure's names in one place, guides and catalogue entries alike, so that how well a question names a
 * procedure is measured on one scale whichever source describes it. A name is a run of topic words (function
 * words and numbers left out) and its adjacent pairs; a word or pair found in the names of few procedures weighs
 * more (ln(1 + N/df), df counted in procedures), and a word in no name weighs most.
 */
public final class NameIndex {

    /**
     * Where a name comes from: the official name, its head before the first qualification, another name a guide gives, a
     * citizen's word, a guide's phrasing.
     */
    public enum Kind { OFFICIAL, HEAD, ALIAS, CITIZEN, PHRASING }

    /**
     * One name of one procedure, as the index holds it.
     *
     * @param distinctive false for another name whose words say less than one word a single procedure uses ("không kinh
     *                    doanh nữa" reads as "kinh doanh"), unless one of its pairs is rare where its words are common ("giấy
     *                    báo tử": "báo" and "tử" are everywhere, "báo tử" is not): it names no procedure more than any other,
     *                    so it is not matched
     * @param pairsWeight the weight of its pairs alone, summed once here: a common word brings a thousand names to every
     *                    search, and summing each one's pairs from their strings was a fifth of the search (docs/benchmarks.md)
     * @param wordOrdinals its words as {@link NameTerms} numbers them, and {@code pairOrdinals} its pairs
     */
    private record Name(int procedure, Kind kind, String[] words, String[] pairs, int[] wordOrdinals, int[] pairOrdinals,
                        double weight, double pairsWeight, boolean distinctive) {
    }

    /**
     * A pair weighing half as much as a word a single procedure uses (one in about fifty procedures of the catalogue)
     * makes a name of common words distinctive. "hộ kinh doanh", whose pairs are as common as its words, stays not.
     */
    private static final double DISTINCTIVE_PAIR = 0.5;

    /** How one procedure's best name fits the question; complete when the question holds every word of one of its names. */
    public record NameFit(String procedureId, double fit, double precision, double recall, double pairRecall, Kind kind, boolean complete) {
    }

    private final List<String> procedureIds;
    private final List<Name> names;
    /*
     * What a search reads of every name it touches, by name ordinal in arrays: a common word touches thousands of names,
     * and reaching each one's record for these was a quarter of the ranking in a profile of chat (docs/benchmarks.md).
     */
    private final int[] procedureOfName;
    private final double[] nameWeight;
    private final boolean[] distinctiveName;
    private final int[] wordCount;
    private final NameTerms wordTerms;
    private final NameTerms pairTerms;
    private final double unknownWeight;
    private final Map<String, Set<String>> officialWords;
    /**
     * By procedure ordinal, its official names' words as {@link NameTerms} numbers them, ascending; null without an
     * official name. Whether one procedure is a variant of another is asked of the best candidates two by two on every
     * turn, and testing their sets of strings was a fiftieth of a turn in a profile (docs/benchmarks.md).
     */
    private final int[][] officialOrdinals;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final ThreadLocal<NameSums> sums;

    private NameIndex(List<String> procedureIds, List<Name> names, NameTerms wordTerms, NameTerms pairTerms) {
        this.procedureIds = procedureIds;
        this.names = names;
        this.procedureOfName = new int[names.size()];
        this.nameWeight = new double[names.size()];
        this.distinctiveName = new boolean[names.size()];
        this.wordCount = new int[names.size()];
        for (int n = 0; n < names.size(); n++) {
            procedureOfName[n] = names.get(n).procedure();
            nameWeight[n] = names.get(n).weight();
            distinctiveName[n] = names.get(n).distinctive();
            wordCount[n] = names.get(n).words().length;
        }
        this.wordTerms = wordTerms;
        this.pairTerms = pairTerms;
        this.unknownWeight = Math.log(1 + procedureIds.size());
        this.officialWords = new HashMap<>();
        for (Name name : names) {
            if (name.kind() == Kind.OFFICIAL) {
                officialWords.computeIfAbsent(procedureIds.get(name.procedure()), k -> new java.util.HashSet<>()).addAll(List.of(name.words()));
            }
        }
        for (int procedure = 0; procedure < procedureIds.size(); procedure++) {
            ordinals.put(procedureIds.get(procedure), procedure);
        }
        this.officialOrdinals = officialOrdinals(names, procedureIds.size());
        this.sums = ThreadLocal.withInitial(() -> new NameSums(this));
    }

    /**
     * Whether one procedure is a variant of another: its official name holds every word of the other's, and maybe more
     * ("đăng ký kết hôn có yếu tố nước ngoài" of "đăng ký kết hôn"; the same name at another level, under another code).
     */
    public boolean isVariantOf(String variant, String procedure) {
        int variantOrdinal = procedure(variant);
        int procedureOrdinal = procedure(procedure);
        return variantOrdinal >= 0 && procedureOrdinal >= 0
                && holdsAll(officialOrdinals[variantOrdinal], officialOrdinals[procedureOrdinal]);
    }

    /** Whether {@code words} holds every one of {@code others}, both ascending; false when either is null. */
    private static boolean holdsAll(int[] words, int[] others) {
        if (words == null || others == null) {
            return false;
        }
        int at = 0;
        for (int other : others) {
            while (at < words.length && words[at] < other) {
                at++;
            }
            if (at == words.length || words[at] != other) {
                return false;
            }
        }
        return true;
    }

    private static int[][] officialOrdinals(List<Name> names, int procedures) {
        int[][] official = new int[procedures][];
        for (Name name : names) {
            if (name.kind() == Kind.OFFICIAL) {
                int[] held = official[name.procedure()];
                official[name.procedure()] = held == null ? name.wordOrdinals()
                        : IntStream.concat(IntStream.of(held), IntStream.of(name.wordOrdinals())).toArray();
            }
        }
        for (int procedure = 0; procedure < procedures; procedure++) {
            if (official[procedure] != null) {
                official[procedure] = IntStream.of(official[procedure]).sorted().distinct().toArray();
            }
        }
        return official;
    }

    /** The topic words of a procedure's official name, folded. */
    public Set<String> officialWords(String procedureId) {
        return officialWords.getOrDefault(procedureId, Set.of());
    }

    /** Collects the names, then weighs them once all are known. */
    static final class Builder {
        private final QuestionReader reader;
        private final DomainText domainText;
        private final List<String> procedureIds = new ArrayList<>();
        private final Map<String, Integer> ordinals = new HashMap<>();
        private final List<int[]> owners = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        private final List<String[]> words = new ArrayList<>();
        private final List<String[]> pairs = new ArrayList<>();

        Builder(DomainText domainText, QuestionReader reader) {
            this.domainText = domainText;
            this.reader = reader;
        }

        Builder add(String procedureId, Kind kind, String text) {
            return add(procedureId, kind, domainText.read(text));
        }

        /** @param run the name as {@link DomainText} read it */
        Builder add(String procedureId, Kind kind, List<Syllable> run) {
            int procedure = ordinals.computeIfAbsent(procedureId, id -> {
                procedureIds.add(id);
                return procedureIds.size() - 1;
            });
            Set<String> topic = new LinkedHashSet<>();
            reader.topicWords(run).forEach(s -> topic.add(s.folded()));
            if (topic.isEmpty()) {
                return this;
            }
            Set<String> namePairs = new LinkedHashSet<>();
            for (int i = 0; i + 1 < run.size(); i++) {
                String a = run.get(i).folded();
                String b = run.get(i + 1).folded();
                if (topic.contains(a) && topic.contains(b)) {
                    namePairs.add(a + " " + b);
                }
            }
            owners.add(new int[] {procedure});
            kinds.add(kind);
            words.add(topic.toArray(String[]::new));
            pairs.add(namePairs.toArray(String[]::new));
            return this;
        }

        NameIndex build() {
            int[] procedureOf = owners.stream().mapToInt(owner -> owner[0]).toArray();
            NameTerms wordTerms = NameTerms.of(words, procedureOf, procedureIds.size());
            NameTerms pairTerms = NameTerms.of(pairs, procedureOf, procedureIds.size());
            List<Name> built = new ArrayList<>(words.size());
            double distinctive = Math.log(1 + procedureIds.size());
            for (int n = 0; n < words.size(); n++) {
                int[] wordOrdinals = wordTerms.ordinals(words.get(n));
                int[] pairOrdinals = pairTerms.ordinals(pairs.get(n));
                double wordsWeight = 0;
                for (int w : wordOrdinals) {
                    wordsWeight += wordTerms.weight(w);
                }
                double weight = wordsWeight;
                double pairsWeight = 0;
                double rarestPair = 0;
                for (int p : pairOrdinals) {
                    weight += pairTerms.weight(p);
                    pairsWeight += pairTerms.weight(p);
                    rarestPair = Math.max(rarestPair, pairTerms.weight(p));
                }
                built.add(new Name(owners.get(n)[0], kinds.get(n), words.get(n), pairs.get(n), wordOrdinals, pairOrdinals, weight,
                        pairsWeight, kinds.get(n) == Kind.OFFICIAL || wordsWeight >= distinctive || rarestPair >= DISTINCTIVE_PAIR * distinctive));
            }
            return new NameIndex(List.copyOf(procedureIds), built, wordTerms, pairTerms);
        }
    }

    /** How much a folded word tells about which procedure is meant; a word in no name tells most. */
    public double weight(String folded) {
        int word = wordTerms.ordinal(folded);
        return word < 0 ? unknownWeight : wordTerms.weight(word);
    }

    /** Whether some procedure's name holds the folded word. */
    boolean named(String folded) {
        return wordTerms.ordinal(folded) >= 0;
    }

    /**
     * How the question fits each procedure whose names share a word with its topic, by the procedure's best-fitting
     * name. The fit is the F1 of the weighted words and pairs shared; precision is the share of the question's topic
     * weight the name holds, recall the share of the name's weight the question holds. Aspect words and words that may
     * be function words ("công chứng", "trực tuyến", "co") count only for a name that holds them: they may ask about a
     * part of a procedure or name it. Of a procedure's names that fit equally, the first indexed counts
     * ({@link NameSums} says in which order).
     */
    public NameFits fits(Understanding understanding) {
        Query query = new Query(understanding);
        if (!query.anyRequired) {
            return NameFits.NONE;
        }
        NameSums sums = this.sums.get();
        try {
            for (int t = 0; t < query.words.length; t++) {
                int word = query.words[t];
                if (word >= 0) {
                    double weight = wordTerms.weight(word);
                    for (int n : wordTerms.names(word)) {
                        sums.addWord(n, query.wordRequired[t], weight);
                    }
                }
            }
            for (int t = 0; t < query.pairs.length; t++) {
                double weight = pairTerms.weight(query.pairs[t]);
                for (int n : pairTerms.names(query.pairs[t])) {
                    sums.addPair(n, query.pairRequired[t], weight);
                }
            }
            return sums.bestByProcedure(query);
        } finally {
            sums.clear();
        }
    }

    /** The fit of one name from its sums, or NaN when it holds no topic word or is not distinctive. */
    double fit(int name, Query query, double required, double requiredPairs, double optional, double optionalPairs) {
        if (required == 0 || !distinctiveName[name]) {
            return Double.NaN;
        }
        double all = required + requiredPairs + optional + optionalPairs;
        double precision = all / (query.requiredWeight + query.requiredPairsWeight + optional + optionalPairs);
        double recall = all / nameWeight[name];
        return 2 * precision * recall / (precision + recall);
    }

    /** How many words a name has. */
    int wordCount(int name) {
        return wordCount[name];
    }

    int procedureOf(int name) {
        return procedureOfName[name];
    }

    int procedures() {
        return procedureIds.size();
    }

    int nameCount() {
        return names.size();
    }

    String procedureId(int procedure) {
        return procedureIds.get(procedure);
    }

    /** The ordinal of a procedure, -1 when it has no name. */
    int procedure(String procedureId) {
        return ordinals.getOrDefault(procedureId, -1);
    }

    /**
     * How the question fits one procedure by the name that fits it best, in full. The sums are added in the order
     * {@link #fits} adds them, so that the fit is the very number it ranked the procedure by.
     *
     * @param complete whether the question holds every word of one of its names that fits, as {@link NameSums} found
     */
    NameFit nameFit(int procedure, int bestName, boolean complete, Query query) {
        Name name = names.get(bestName);
        // Required words, required pairs, optional words, optional pairs, as NameSums keeps them.
        double[] s = new double[4];
        addHeld(name.wordOrdinals(), query.words, query.wordRequired, wordTerms, s, 0);
        addHeld(name.pairOrdinals(), query.pairs, query.pairRequired, pairTerms, s, 1);
        double fit = fit(bestName, query, s[0], s[1], s[2], s[3]);
        double recall = (s[0] + s[1] + s[2] + s[3]) / name.weight();
        double pairRecall = name.pairs().length == 0 ? recall : (s[1] + s[3]) / name.pairsWeight();
        return new NameFit(procedureIds.get(procedure), fit, (s[0] + s[2]) / (query.requiredWeight + s[2]), recall, pairRecall,
                name.kind(), complete);
    }

    /**
     * Adds the weight of each of the question's terms a name holds, in the question's order, a required one's to
     * {@code sums[at]} and an optional one's to {@code sums[at + 2]}. A name has a dozen terms at most: comparing ordinals
     * beats searching each term's names.
     */
    private static void addHeld(int[] nameTerms, int[] questionTerms, boolean[] required, NameTerms terms, double[] sums, int at) {
        for (int t = 0; t < questionTerms.length; t++) {
            for (int term : nameTerms) {
                if (term == questionTerms[t]) {
                    sums[required[t] ? at : at + 2] += terms.weight(term);
                    break;
                }
            }
        }
    }

    /**
     * The question's words and pairs, each required (a topic word) or optional (an aspect word, a maybe-function word),
     * as {@link NameTerms} ordinals; a word no name holds is -1.
     */
    final class Query {
        /** Required words first: NameSums lets only them touch a name. */
        final int[] words;
        final boolean[] wordRequired;
        final int[] pairs;
        final boolean[] pairRequired;
        final boolean anyRequired;
        double requiredWeight;
        double requiredPairsWeight;

        Query(Understanding understanding) {
            Set<String> required = new LinkedHashSet<>();
            understanding.topical().forEach(s -> required.add(s.folded()));
            Set<String> optional = new LinkedHashSet<>();
            understanding.maybeTopical().forEach(s -> optional.add(s.folded()));
            understanding.aspectCues().forEach(c -> c.words().forEach(s -> optional.add(s.folded())));
            optional.removeAll(required);
            Map<String, Boolean> terms = new java.util.LinkedHashMap<>();
            required.forEach(w -> terms.put(w, true));
            optional.forEach(w -> terms.put(w, false));
            // Each word and pair is looked up once, its ordinal kept, not again for its weight and for the arrays.
            words = new int[terms.size()];
            wordRequired = new boolean[terms.size()];
            int t = 0;
            for (Map.Entry<String, Boolean> term : terms.entrySet()) {
                words[t] = wordTerms.ordinal(term.getKey());
                wordRequired[t++] = term.getValue();
            }
            // The required words come first, in the order of required.
            for (t = 0; t < required.size(); t++) {
                requiredWeight += words[t] < 0 ? unknownWeight : wordTerms.weight(words[t]);
            }
            List<Syllable> syllables = understanding.syllables();
            int[] found = new int[Math.max(0, syllables.size() - 1)];
            boolean[] foundRequired = new boolean[found.length];
            int count = 0;
            for (int i = 0; i + 1 < syllables.size(); i++) {
                String a = syllables.get(i).folded();
                String b = syllables.get(i + 1).folded();
                int ordinal = terms.containsKey(a) && terms.containsKey(b) ? pairTerms.ordinal(a + " " + b) : -1;
                if (ordinal >= 0 && !holds(found, count, ordinal)) {
                    boolean both = required.contains(a) && required.contains(b);
                    found[count] = ordinal;
                    foundRequired[count++] = both;
                    if (both) {
                        requiredPairsWeight += pairTerms.weight(ordinal);
                    }
                }
            }
            anyRequired = !required.isEmpty();
            pairs = Arrays.copyOf(found, count);
            pairRequired = Arrays.copyOf(foundRequired, count);
        }

        private static boolean holds(int[] ordinals, int count, int ordinal) {
            for (int i = 0; i < count; i++) {
                if (ordinals[i] == ordinal) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The share of the question's topic weight that no procedure's name holds: words from outside every
     * procedure (a hospital, a football score), which the closest name must not be taken to mean.
     */
    public double unnamedShare(Understanding understanding) {
        String[] topic = topic(understanding);
        double total = 0;
        double unnamed = 0;
        for (String w : topic) {
            double weight = weight(w);
            total += weight;
            if (!named(w)) {
                unnamed += weight;
            }
        }
        return total == 0 ? 0 : unnamed / total;
    }

    private static String[] topic(Understanding understanding) {
        Set<String> topic = new LinkedHashSet<>();
        understanding.topical().forEach(s -> topic.add(s.folded()));
        return topic.toArray(String[]::new);
    }

}
