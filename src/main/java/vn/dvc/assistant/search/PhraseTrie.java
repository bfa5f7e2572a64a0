package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Finds known phrases in a run of syllables. In text typed without any diacritic a syllable matches the
 * phrase's whatever its diacritics; in text with diacritics they must match too, so "đăng" is not "đang"
 * and "ban" in "ủy ban" is not "bạn".
 * Matches do not overlap; the longest phrase starting at a syllable wins.
 */
final class PhraseTrie<T> {

    /** Syllables [start, end) hold a phrase carrying {@code value}. */
    record Match<T>(int start, int end, T value) {
        int length() {
            return end - start;
        }
    }

    private final Node<T> root = new Node<>();

    /** Children by folded spelling; one child per accented spelling, so "đang" and "đăng" stay apart. */
    private static final class Node<T> {
        final Map<String, List<Child<T>>> next = new HashMap<>();
        T value;
    }

    private record Child<T>(Syllable syllable, Node<T> node) {
    }

    /** Adds a phrase; the first value given for a phrase is kept. */
    void add(List<Syllable> phrase, T value) {
        Node<T> node = root;
        for (Syllable s : phrase) {
            List<Child<T>> children = node.next.computeIfAbsent(s.folded(), k -> new ArrayList<>());
            Node<T> found = null;
            for (Child<T> child : children) {
                if (child.syllable().accented().equals(s.accented())) {
                    found = child.node();
                }
            }
            if (found == null) {
                found = new Node<>();
                children.add(new Child<>(s, found));
            }
            node = found;
        }
        if (node != root && node.value == null) {
            node.value = value;
        }
    }

    /** Matches in text that holds diacritics somewhere: they must then match. */
    List<Match<T>> find(List<Syllable> syllables) {
        return find(syllables, syllables.stream().anyMatch(Syllable::hasDiacritics));
    }

    /**
     * @param accented whether the citizen typed diacritics; decided on the text as typed, since a rewrite
     *                 ("hkd" read as "hộ kinh doanh") brings diacritics of its own
     */
    List<Match<T>> find(List<Syllable> syllables, boolean accented) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < syllables.size()) {
            Match<T> longest = longestAt(syllables, i, root, i, accented);
            if (longest == null) {
                i++;
            } else {
                matches.add(longest);
                i = longest.end();
            }
        }
        return matches;
    }

    private Match<T> longestAt(List<Syllable> syllables, int start, Node<T> node, int at, boolean accented) {
        Match<T> longest = node != root && node.value != null ? new Match<>(start, at, node.value) : null;
        if (at >= syllables.size()) {
            return longest;
        }
        Syllable typed = syllables.get(at);
        for (Child<T> child : node.next.getOrDefault(typed.folded(), List.of())) {
            if (accented && !typed.accented().equals(child.syllable().accented())) {
                continue;
            }
            Match<T> deeper = longestAt(syllables, start, child.node(), at + 1, accented);
            if (deeper != null && (longest == null || deeper.end() > longest.end())) {
                longest = deeper;
            }
        }
        return longest;
    }
}
