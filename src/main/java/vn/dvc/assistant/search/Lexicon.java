package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Which syllables the knowledge base knows, and how much each tells about a procedure: a syllable that
 * names few procedures weighs more than one in every guide, and one no guide uses weighs most of all.
 */
final class Lexicon {

    private final Set<String> folded = new HashSet<>();
    private final Set<String> accented = new HashSet<>();
    private final Set<String> foldedBigrams = new HashSet<>();
    private final Map<String, Set<String>> recognitionByProcedure = new HashMap<>();
    private final Map<String, Set<String>> namesByProcedure = new HashMap<>();
    private final Map<String, List<List<String>>> officialNamesByProcedure = new HashMap<>();
    private final Map<String, Integer> procedureFrequency = new HashMap<>();
    private final Map<String, Integer> nameFrequency = new HashMap<>();
    private final Map<String, List<Set<String>>> titlesByProcedure = new HashMap<>();
    /** The titles with their words' weights, once every procedure is known (weighNames); null while names are added. */
    private Map<String, List<WeighedName>> weighedTitles;
    /** Every title word's number, and the weight a name must reach to be distinctive: set with the titles' weights. */
    private final Map<String, Integer> titleWords = new HashMap<>();
    private double distinctiveWeight;
    private static final double ASPECT_WORD_SHARE = 0.5;

    /** Adds a run of words the assistant understands but that name no procedure (vocabulary, section texts). */
    void know(List<Syllable> run) {
        for (int i = 0; i < run.size(); i++) {
            Syllable s = run.get(i);
            folded.add(s.folded());
            accented.add(s.accented());
            if (i > 0) {
                foldedBigrams.add(run.get(i - 1).folded() + " " + s.folded());
            }
        }
    }

    /** Adds topic words that recognise one procedure: from its names, phrasings and example questions. */
    void recognise(String procedureId, List<Syllable> run, List<Syllable> topicWords) {
        know(run);
        weighedTitles = null;
        Set<String> words = recognitionByProcedure.computeIfAbsent(procedureId, k -> new HashSet<>());
        for (Syllable s : topicWords) {
            if (words.add(s.folded())) {
                procedureFrequency.merge(s.folded(), 1, Integer::sum);
            }
        }
    }

    /** Adds the topic words of a procedure's names: they say which procedure, not which part of it. */
    void name(String procedureId, List<Syllable> run, List<Syllable> topicWords, boolean official) {
        recognise(procedureId, run, topicWords);
        Set<String> title = new HashSet<>();
        topicWords.forEach(w -> title.add(w.folded()));
        titlesByProcedure.computeIfAbsent(procedureId, k -> new ArrayList<>()).add(title);
        Set<String> names = namesByProcedure.computeIfAbsent(procedureId, k -> new HashSet<>());
        for (String word : title) {
            if (!names.contains(word)) {
                nameFrequency.merge(word, 1, Integer::sum);
            }
        }
        run.forEach(s -> names.add(s.folded()));
        if (official) {
            officialName(procedureId, run);
        }
    }

    /**
     * Weighs every name's words, once all procedures are recognised: a word's weight depends on how many procedures
     * there are and how many of them it names.
     */
    void weighNames() {
        Map<String, List<WeighedName>> weighed = new HashMap<>();
        titleWords.clear();
        titlesByProcedure.forEach((id, titles) -> weighed.put(id, titles.stream()
                .map(t -> new WeighedName(t, this::nameWeight, word -> titleWords.computeIfAbsent(word, w -> titleWords.size()))).toList()));
        distinctiveWeight = distinctiveWeight();
        weighedTitles = weighed;
    }

    private List<WeighedName> titles(String procedureId) {
        requireWeighed();
        return weighedTitles.getOrDefault(procedureId, List.of());
    }

    private void requireWeighed() {
        if (weighedTitles == null) {
            throw new IllegalStateException("the names are weighed once every procedure is recognised: weighNames()");
        }
    }

    boolean isName(String procedureId, Syllable s) {
        return namesByProcedure.getOrDefault(procedureId, Set.of()).contains(s.folded());
    }

    /**
     * A procedure's official name, known apart from the topic statistics: a catalogue entry's name says which words
     * name it ("đủ điều kiện" in a certificate's name) rather than ask about a part of it.
     */
    void officialName(String procedureId, List<Syllable> run) {
        officialNamesByProcedure.computeIfAbsent(procedureId, k -> new ArrayList<>()).add(run.stream().map(Syllable::folded).toList());
    }

    /** How many times the procedure's official name says the phrase (the most of its official names). */
    int timesInOfficialName(String procedureId, List<Syllable> phrase) {
        List<String> words = phrase.stream().map(Syllable::folded).toList();
        int most = 0;
        for (List<String> name : officialNamesByProcedure.getOrDefault(procedureId, List.of())) {
            int times = 0;
            for (int i = 0; i + words.size() <= name.size(); i++) {
                if (name.subList(i, i + words.size()).equals(words)) {
                    times++;
                }
            }
            most = Math.max(most, times);
        }
        return most;
    }

    /** Whether some procedure is recognised by this folded syllable. */
    boolean isTopicWord(String foldedSyllable) {
        return procedureFrequency.containsKey(foldedSyllable);
    }

    /** Whether the knowledge base uses the two syllables side by side. */
    boolean knowsPair(Syllable first, Syllable second) {
        return foldedBigrams.contains(first.folded() + " " + second.folded());
    }

    boolean knowsFolded(String foldedSyllable) {
        return folded.contains(foldedSyllable);
    }

    /** Known whatever the diacritics typed: a wrong tone mark is a typo, not a new word. */
    boolean knows(Syllable s) {
        return folded.contains(s.folded());
    }

    /** Known with the diacritics typed: "hôn" is not "hơn", though both fold to "hon". */
    boolean knowsAsTyped(Syllable s) {
        return s.hasDiacritics() ? accented.contains(s.accented()) : folded.contains(s.folded());
    }

    /** How much a known syllable tells about which procedure is meant. */
    double weight(Syllable s) {
        return weightOfFolded(s.folded());
    }

    /** A word from outside the knowledge base weighs twice the rarest word inside it. */
    private double topicWeight(Syllable s) {
        return knows(s) ? weight(s) : 2 * Math.log(1 + recognitionByProcedure.size());
    }

    /**
     * The share of the question's topic that a procedure's words cover. Strangers cover nothing and weigh
     * most; syllables that may be function words ("co" typed for "có" or "cổ") count only where the procedure
     * knows them.
     */
    double coverage(String procedureId, Understanding reading) {
        Set<String> words = recognitionByProcedure.getOrDefault(procedureId, Set.of());
        double covered = 0;
        double total = 0;
        for (Syllable s : reading.topical()) {
            double w = topicWeight(s);
            total += w;
            if (!reading.strangers().contains(s) && words.contains(s.folded())) {
                covered += w;
            }
        }
        for (Syllable s : reading.maybeTopical()) {
            if (words.contains(s.folded())) {
                covered += weight(s);
                total += weight(s);
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** The share of the topic's weight held by strangers: words from outside the knowledge base. */
    double strangerShare(Understanding reading) {
        double strange = 0;
        double total = 0;
        for (Syllable s : reading.topical()) {
            double w = topicWeight(s);
            total += w;
            if (reading.strangers().contains(s)) {
                strange += w;
            }
        }
        return total == 0 ? 0 : strange / total;
    }

    /**
     * What the names' fits read of one question, worked out once for every guide its search proposes rather than once a
     * guide: the topic's weights, the words that may name a procedure, and the question's words marked by their numbers
     * among the names' words, so that a name's words are tested by number, not looked up in maps (two lookups for every
     * word of every name of ten guides were a tenth of a turn, docs/benchmarks.md).
     */
    final class NameQuestion {
        final Understanding reading;
        final Map<String, Double> topic = new HashMap<>();
        final double topicTotal;
        final List<Syllable> nameLike;
        /** By name word: one of the topic's or the name-like words. */
        final boolean[] held = new boolean[titleWords.size()];
        /** By name word: a name-like word. */
        final boolean[] nameLikeWord = new boolean[titleWords.size()];
        /** By name word: how much it counts towards the anchor, 0 when the question does not hold it. */
        final double[] present = new double[titleWords.size()];

        NameQuestion(Understanding reading) {
            this.reading = reading;
            reading.topical().forEach(s -> topic.put(s.folded(), knows(s) ? nameWeight(s.folded()) : topicWeight(s)));
            topicTotal = sum(topic);
            nameLike = Stream.concat(reading.maybeTopical().stream(),
                    reading.aspectCues().stream().flatMap(c -> c.words().stream())).toList();
            reading.topical().forEach(s -> mark(held, s));
            nameLike.forEach(s -> mark(held, s));
            nameLike.forEach(s -> mark(nameLikeWord, s));
            // As the anchor's map of shares was filled: aspect words half, then the known topic and maybe-topic words whole.
            reading.aspectCues().forEach(c -> c.words().forEach(s -> share(s, ASPECT_WORD_SHARE)));
            reading.topical().stream().filter(s -> !reading.strangers().contains(s)).forEach(s -> share(s, 1.0));
            reading.maybeTopical().forEach(s -> share(s, 1.0));
        }

        private void mark(boolean[] marks, Syllable s) {
            Integer number = titleWords.get(s.folded());
            if (number != null) {
                marks[number] = true;
            }
        }

        private void share(Syllable s, double share) {
            Integer number = titleWords.get(s.folded());
            if (number != null) {
                present[number] = share;
            }
        }
    }

    NameQuestion nameQuestion(Understanding reading) {
        requireWeighed();
        return new NameQuestion(reading);
    }

    /**
     * How closely the question's topic is one of the procedure's names, 0 to 1: the best F1 over its names,
     * weighing each word by how much it tells. "Đăng ký hộ kinh doanh" is a name of registration, and only
     * part of "thay đổi nội dung đăng ký hộ kinh doanh".
     */
    double nameFit(String procedureId, NameQuestion q) {
        List<WeighedName> titles = titles(procedureId);
        if (titles.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (WeighedName title : titles) {
            Map<String, Double> question = null;
            if (title.holdsAny(q.nameLikeWord)) {
                // The question's weights with the name-like words this name holds, summed in the map's own order.
                for (Syllable s : q.nameLike) {
                    if (title.words.contains(s.folded())) {
                        if (question == null) {
                            question = new HashMap<>();
                            for (Syllable t : q.reading.topical()) {
                                question.put(t.folded(), q.topic.get(t.folded()));
                            }
                        }
                        question.put(s.folded(), nameWeight(s.folded()));
                    }
                }
            }
            best = Math.max(best, f1(title, q.held, question == null ? q.topicTotal : sum(question)));
        }
        return best;
    }

    private static double sum(Map<String, Double> weights) {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * A name must say at least as much as one word used by a single procedure: "thôi kinh doanh" is in no way
     * more a name of closing than of any other procedure.
     */
    private double distinctiveWeight() {
        return Math.log(1 + recognitionByProcedure.size());
    }

    /**
     * How completely the question names the procedure: the best share of one of its names' weight present.
     * Aspect words count half: "trực tuyến" may name "nộp hồ sơ trực tuyến" or ask how to do a thing online.
     */
    double anchor(String procedureId, NameQuestion q) {
        double best = 0;
        for (WeighedName title : titles(procedureId)) {
            double shared = 0;
            for (int i = 0; i < title.size(); i++) {
                double share = q.present[title.number(i)];
                if (share != 0) {
                    shared += title.weight(i) * share;
                }
            }
            if (title.weight >= distinctiveWeight) {
                best = Math.max(best, shared / title.weight);
            }
        }
        return best;
    }

    /**
     * The F1 of a name with the question, whose words (the topic's, and the name-like ones the name holds) are marked in
     * {@code held} and weigh {@code questionWeight} together.
     */
    private double f1(WeighedName title, boolean[] held, double questionWeight) {
        double shared = 0;
        for (int i = 0; i < title.size(); i++) {
            if (held[title.number(i)]) {
                shared += title.weight(i);
            }
        }
        if (shared == 0) {
            return 0;
        }
        double precision = shared / questionWeight;
        double recall = shared / title.weight;
        return 2 * precision * recall / (precision + recall);
    }

    /** How much a word tells when it stands in a procedure's name: names are where procedures differ most. */
    private double nameWeight(String foldedSyllable) {
        return Math.log(1 + (double) recognitionByProcedure.size() / Math.max(nameFrequency.getOrDefault(foldedSyllable, 0), 1));
    }

    private double weightOfFolded(String foldedSyllable) {
        int frequency = procedureFrequency.getOrDefault(foldedSyllable, 0);
        return Math.log(1 + (double) recognitionByProcedure.size() / Math.max(frequency, 1));
    }

    /**
     * A known syllable one edit away from an unknown one, taken only where it makes a pair of syllables the
     * knowledge base uses ("kinh doanhh" is "kinh doanh"; "thời tiết" is not "thời tiền").
     */
    Optional<String> correction(Syllable previous, String unknownFolded, Syllable next) {
        if (unknownFolded.length() < 3 || !unknownFolded.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        for (String candidate : folded) {
            if (withinOneEdit(unknownFolded, candidate)
                    && ((previous != null && foldedBigrams.contains(previous.folded() + " " + candidate))
                    || (next != null && foldedBigrams.contains(candidate + " " + next.folded())))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** One substitution, insertion, deletion or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
