package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.knowledge.Vocabulary.SmalltalkKind;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Reads text with the domain's vocabulary: which aspect words, smalltalk and function words it holds, and
 * which syllables are left to name the topic.
 */
final class QuestionReader {

    private record Cue(Aspect aspect, double weight) {
    }

    /** The words, folded, by which a letter to an office turns from the citizen's story to the question. */
    private static final Set<String> ASKING_MARKERS = Set.of("xin hoi", "cho hoi", "muon hoi", "cho biet");

    private final DomainText domainText;
    private final PhraseTrie<Cue> aspectCues = new PhraseTrie<>();
    private final PhraseTrie<SmalltalkKind> smalltalk = new PhraseTrie<>();
    private final PhraseTrie<SmalltalkKind> yesOrNo = new PhraseTrie<>();
    private final PhraseTrie<Boolean> functionWords = new PhraseTrie<>();
    private final PhraseTrie<Boolean> softWords = new PhraseTrie<>();

    private final Compounds compounds;

    QuestionReader(DomainText domainText, Vocabulary vocabulary, Compounds compounds) {
        this.domainText = domainText;
        this.compounds = compounds;
        for (Vocabulary.AspectCue cue : vocabulary.aspectCues()) {
            aspectCues.add(domainText.read(cue.phrase()), new Cue(cue.aspect(), cue.weight()));
        }
        vocabulary.smalltalk().forEach((kind, phrases) ->
                phrases.forEach(p -> (kind.isWholeMessageOnly() ? yesOrNo : smalltalk).add(domainText.read(p), kind)));
        vocabulary.functionWords().forEach(w -> functionWords.add(domainText.read(w), Boolean.TRUE));
        vocabulary.softWords().forEach(w -> softWords.add(domainText.read(w), Boolean.TRUE));
    }

    /**
     * The syllables of a name that name its topic: all but function words and soft words, which a question may or may
     * not hold ("mở tiệm tạp hóa" names opening a shop, whatever it sells).
     */
    List<Syllable> topicWords(List<Syllable> syllables) {
        boolean[] function = new boolean[syllables.size()];
        functionWords.find(syllables).stream().filter(m -> !splitsCompound(syllables, m)).forEach(m -> mark(function, m));
        softWords.find(syllables).stream().filter(m -> !splitsCompound(syllables, m)).forEach(m -> mark(function, m));
        List<Syllable> words = new ArrayList<>();
        for (int i = 0; i < syllables.size(); i++) {
            if (!function[i] && !isNumber(syllables.get(i))) {
                words.add(syllables.get(i));
            }
        }
        return words;
    }

    Understanding read(String question, Lexicon lexicon) {
        boolean typedWithDiacritics = VietnameseText.syllables(question).stream().anyMatch(Syllable::hasDiacritics);
        List<Syllable> syllables = correctTypos(domainText.read(question), lexicon, typedWithDiacritics);
        int n = syllables.size();
        boolean[] notTopical = new boolean[n];
        boolean[] function = new boolean[n];
        boolean[] ambiguous = new boolean[n];

        List<PhraseTrie.Match<Cue>> cueMatches = new ArrayList<>();
        for (PhraseTrie.Match<Cue> m : aspectCues.find(syllables, typedWithDiacritics)) {
            if (splitsCompound(syllables, m)) {
                continue;
            }
            if (m.value().weight() > 0) {
                cueMatches.add(m);
            }
            mark(notTopical, m);
        }
        Set<SmalltalkKind> kinds = EnumSet.noneOf(SmalltalkKind.class);
        for (PhraseTrie.Match<SmalltalkKind> m : smalltalk.find(syllables, typedWithDiacritics)) {
            if (splitsCompound(syllables, m)) {
                continue;
            }
            kinds.add(m.value());
            mark(notTopical, m);
        }
        for (PhraseTrie.Match<Boolean> m : functionWords.find(syllables, typedWithDiacritics)) {
            if (splitsCompound(syllables, m)) {
                continue;
            }
            Syllable only = syllables.get(m.start());
            if (m.length() == 1 && !typedWithDiacritics && lexicon.isTopicWord(only.folded()) && !notTopical[m.start()]) {
                ambiguous[m.start()] = true;
            } else {
                mark(function, m);
            }
            mark(notTopical, m);
        }
        for (PhraseTrie.Match<Boolean> m : softWords.find(syllables, typedWithDiacritics)) {
            if (splitsCompound(syllables, m)) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                ambiguous[i] |= !notTopical[i];
                notTopical[i] = true;
            }
        }
        int story = askingMarker(syllables, notTopical);
        for (int i = 0; i < story; i++) {
            ambiguous[i] |= !notTopical[i];
            notTopical[i] = true;
        }
        // What the story says it did ("đã nộp hồ sơ", "sau hai tháng") asks for no part of a procedure: the question does.
        List<Understanding.AspectCue> cues = new ArrayList<>();
        for (PhraseTrie.Match<Cue> m : cueMatches) {
            if (m.start() >= story) {
                cues.add(new Understanding.AspectCue(m.value().aspect(), m.value().weight(), syllables.subList(m.start(), m.end())));
            }
        }
        wholeYesOrNo(syllables, function, typedWithDiacritics).ifPresent(kind -> {
            kinds.add(kind);
            Arrays.fill(notTopical, true);
        });
        List<Syllable> topical = new ArrayList<>();
        List<Syllable> strangers = new ArrayList<>();
        List<Syllable> maybeTopical = new ArrayList<>();
        List<Syllable> meaningful = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Syllable s = syllables.get(i);
            if (!notTopical[i] && !isNumber(s)) {
                topical.add(s);
                if (typedWithDiacritics ? isStrangerAsTyped(syllables, notTopical, i, lexicon) : isStranger(syllables, notTopical, i, lexicon)) {
                    strangers.add(s);
                }
            }
            if (ambiguous[i]) {
                maybeTopical.add(s);
            }
            if (!function[i]) {
                meaningful.add(s);
            }
        }
        return new Understanding(question, syllables, meaningful, topical, strangers, maybeTopical, cues, kinds);
    }

    /**
     * Where the question proper starts after a story ("Tôi sinh năm 1985, ... Xin hỏi gia hạn tạm trú cần gì?"): the last
     * asking marker, when a topic word follows it; 0 when none does, there is no marker or nothing stands before it. The
     * story's words are read as words that may name the topic: a name need not hold them, where as topic words they
     * weighed against every name and left a question told at length unanswered (docs/ranking.md).
     */
    private static int askingMarker(List<Syllable> syllables, boolean[] notTopical) {
        for (int i = syllables.size() - 2; i > 0; i--) {
            if (ASKING_MARKERS.contains(syllables.get(i).folded() + " " + syllables.get(i + 1).folded())) {
                for (int j = i + 2; j < syllables.size(); j++) {
                    if (!notTopical[j]) {
                        return i;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /**
     * "đúng rồi", "không phải", "dạ không ạ": a message of nothing but a yes or a no and function words answers the
     * question put to the citizen. A no anywhere in it makes it a no ("không đúng" holds "đúng").
     */
    private Optional<SmalltalkKind> wholeYesOrNo(List<Syllable> syllables, boolean[] function, boolean typedWithDiacritics) {
        boolean[] covered = function.clone();
        Set<SmalltalkKind> found = EnumSet.noneOf(SmalltalkKind.class);
        for (PhraseTrie.Match<SmalltalkKind> m : yesOrNo.find(syllables, typedWithDiacritics)) {
            found.add(m.value());
            mark(covered, m);
        }
        for (boolean c : covered) {
            if (!c) {
                return Optional.empty();
            }
        }
        return found.contains(SmalltalkKind.NO) ? Optional.of(SmalltalkKind.NO) : found.stream().findFirst();
    }

    /**
     * Without diacritics typed, spellings cannot tell "hôn" from "hơn": a syllable is a stranger when the
     * knowledge base does not know it, or knows it only in other company ("ho chieu", "ket hon"). A known
     * syllable with no topic word beside it is taken as known.
     */
    private static boolean isStranger(List<Syllable> syllables, boolean[] notTopical, int i, Lexicon lexicon) {
        Syllable s = syllables.get(i);
        if (!lexicon.knows(s)) {
            return true;
        }
        boolean hasNeighbour = false;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= syllables.size() || notTopical[j] || isNumber(syllables.get(j))) {
                continue;
            }
            hasNeighbour = true;
            Syllable first = syllables.get(Math.min(i, j));
            Syllable second = syllables.get(Math.max(i, j));
            if (lexicon.knowsPair(first, second)) {
                return false;
            }
        }
        return hasNeighbour;
    }

    /**
     * With diacritics typed, the diacritics decide: a word the knowledge base does not know so spelled is a
     * stranger ("hôn" in "kết hôn" is not "hơn"), unless it pairs with a neighbour as the guides do (a typo:
     * "dăng ký"). A word the guides use only in their text, never to name or ask about a procedure, is a
     * stranger in company the guides never use ("chiếu" in "hộ chiếu"), and so is a word beside such a one
     * ("hộ").
     */
    private static boolean isStrangerAsTyped(List<Syllable> syllables, boolean[] notTopical, int i, Lexicon lexicon) {
        Syllable s = syllables.get(i);
        boolean known = lexicon.knowsAsTyped(s);
        boolean hasNeighbour = false;
        boolean besideOutsider = false;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= syllables.size() || notTopical[j] || isNumber(syllables.get(j))) {
                continue;
            }
            Syllable neighbour = syllables.get(j);
            if (lexicon.knowsPair(syllables.get(Math.min(i, j)), syllables.get(Math.max(i, j)))) {
                return false;
            }
            hasNeighbour = true;
            besideOutsider |= !isTopicWordAsTyped(neighbour, lexicon);
        }
        if (!known) {
            return true;
        }
        return hasNeighbour && (!lexicon.isTopicWord(s.folded()) || besideOutsider);
    }

    private static boolean isTopicWordAsTyped(Syllable s, Lexicon lexicon) {
        return lexicon.knowsAsTyped(s) && lexicon.isTopicWord(s.folded());
    }

    /** A one-syllable word that is half of a pair procedures are named with ("bảo" of "bảo hiểm") is that pair's. */
    private boolean splitsCompound(List<Syllable> syllables, PhraseTrie.Match<?> m) {
        return m.length() == 1 && compounds.inCompound(syllables, m.start());
    }

    private static boolean isNumber(Syllable s) {
        String folded = s.folded();
        for (int i = 0; i < folded.length(); i++) {
            if (!Character.isDigit(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] marks, PhraseTrie.Match<?> m) {
        for (int i = m.start(); i < m.end(); i++) {
            marks[i] = true;
        }
    }

    /** Reads an unknown syllable as a known one a typo away, where it then pairs with a topic word beside it. */
    private List<Syllable> correctTypos(List<Syllable> typed, Lexicon lexicon, boolean typedWithDiacritics) {
        boolean[] function = new boolean[typed.size()];
        functionWords.find(typed, typedWithDiacritics).forEach(m -> mark(function, m));
        List<Syllable> out = new ArrayList<>(typed);
        for (int i = 0; i < typed.size(); i++) {
            String spelling = typed.get(i).folded();
            if (!lexicon.knowsFolded(spelling)) {
                Syllable previous = i > 0 && !function[i - 1] ? typed.get(i - 1) : null;
                Syllable next = i + 1 < typed.size() && !function[i + 1] ? typed.get(i + 1) : null;
                Optional<String> known = lexicon.correction(previous, spelling, next);
                if (known.isPresent()) {
                    out.set(i, new Syllable(known.get(), known.get()));
                }
            }
        }
        return out;
    }
}
