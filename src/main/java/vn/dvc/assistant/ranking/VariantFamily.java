package vn.dvc.assistant.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dvc.assistant.search.CatalogueIndex;
import vn.dvc.assistant.search.NameIndex;
import vn.dvc.assistant.search.Understanding;
import vn.dvc.assistant.search.VietnameseText;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * The best candidate's variants joined into it: procedures whose official names hold all of its words and maybe more
 * (the same name at another level or under another code, "đăng ký kết hôn" and "... có yếu tố nước ngoài"), which the
 * question fits no better. The plainest of the kind among the first few heads the group, carrying the group's
 * probability, unless the question holds most of what a variant adds ("kết hôn với người nước ngoài"): then that variant
 * heads it. The others are offered beside the answer.
 *
 * <p>Level siblings join the same way: the same procedure carried out by another level of government under a name that
 * says so ("... thuộc thẩm quyền của UBND cấp tỉnh" and "... của Bộ Nông nghiệp và Môi trường"), which the question does
 * not tell apart. The citizen is answered by the best of them and offered the others, rather than asked to choose
 * between near-identical long names.
 *
 * <p>Channel siblings too: the same procedure done fully online or partly online and at the office ("Cấp lại chứng nhận
 * đăng ký xe ... bằng dịch vụ công trực tuyến toàn trình" and "... một phần hoặc trực tiếp thực hiện tại cấp trung ương,
 * cấp tỉnh, cấp xã"), whose names differ only in the words that say how and where it is carried out.
 */
final class VariantFamily {

    /** How far down the ranking the plain procedure of the best candidate's variants is looked for. */
    private static final int WINDOW = 10;
    /** A variant is asked for when the question holds at least this share of the weight of the words it adds. */
    private static final double ASKED = 0.5;
    /**
     * Two entries at different levels are the same procedure when their official names share at least this share of
     * their words' weight. Swept on 2026-12-06 over the first turns of real-dev, the team's sets and the questions no
     * procedure answers (docs/ranking.md): from 0.8 down to 0.5 real-dev gains six questions answered right and no
     * set a wrong answer (the headlines kept aside: two questions asked back before answered with the other level's entry);
     * below 0.5 the questions no procedure answers start to be answered. The best-scored sibling
     * heads: heading with the commune's entry, which the issue suggested, lost 2 to 3 points on every set.
     */
    private static final double SIBLING_LIKENESS = 0.5;

    /**
     * The words by which the portal's names say how and where a procedure is carried out, folded: two names that differ
     * in nothing else name one procedure by two channels.
     */
    private static final Set<String> CHANNEL_WORDS = Set.copyOf(List.of(VietnameseText.foldedWords(
            "thực hiện bằng qua dịch vụ công trực tuyến toàn trình một phần hoặc trực tiếp tại cấp trung ương bộ tỉnh xã").split(" ")));

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::procedureId);

    private final NameIndex names;
    private final CatalogueIndex catalogue;
    private final Set<String> questionWords = new HashSet<>();
    private final List<Set<String>> cuePhrases = new ArrayList<>();
    private final boolean ageSpoken;

    VariantFamily(NameIndex names, CatalogueIndex catalogue, Understanding understanding) {
        this.names = names;
        this.catalogue = catalogue;
        understanding.topical().forEach(s -> questionWords.add(s.folded()));
        understanding.maybeTopical().forEach(s -> questionWords.add(s.folded()));
        understanding.aspectCues().forEach(c -> cuePhrases.add(Set.copyOf(c.words().stream().map(Syllable::folded).toList())));
        ageSpoken = AgeBounds.speaksOfAge(understanding);
    }

    /** The ranking with the best candidate's variants joined into the one the question asks for. */
    List<Candidate> join(List<Candidate> ranked) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        Candidate plain = ranked.get(0);
        for (Candidate c : ranked.subList(1, Math.min(ranked.size(), WINDOW))) {
            if (names.isVariantOf(plain.procedureId(), c.procedureId()) && !names.isVariantOf(c.procedureId(), plain.procedureId())
                    && c.features().nameFit() >= plain.features().nameFit()) {
                plain = c;
            }
        }
        List<Candidate> family = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            if (c != plain && !(ageSpoken && forAnotherAge(c, plain))
                    && (names.isVariantOf(c.procedureId(), plain.procedureId()) && c.features().nameFit() <= plain.features().nameFit()
                    || i < WINDOW && (isLevelSibling(c, plain) || isChannelSibling(c, plain)))) {
                family.add(c);
            }
        }
        if (family.isEmpty()) {
            return ranked;
        }
        Candidate head = plain;
        double mostAsked = 0;
        for (Candidate variant : family) {
            double asked = askedShare(variant, plain);
            if (asked >= ASKED && asked > mostAsked) {
                head = variant;
                mostAsked = asked;
            }
        }
        family.add(plain);
        List<String> variants = new ArrayList<>();
        double joined = 0;
        for (Candidate c : family) {
            if (c != head) {
                variants.add(c.procedureId());
                joined += c.score();
            }
        }
        List<Candidate> out = new ArrayList<>();
        out.add(head.withVariants(variants, joined));
        ranked.stream().filter(c -> !family.contains(c)).forEach(out::add);
        out.sort(BEST_FIRST);
        return out;
    }

    /**
     * Whether a candidate's official name is for another age than the plain one's: when the question speaks of an age,
     * a procedure for another age is not a variant of the one it asks for ("dưới 16 tuổi" is told apart from "từ đủ 16
     * tuổi trở lên" by a number, which names' topic words leave out).
     */
    private boolean forAnotherAge(Candidate other, Candidate plain) {
        var entry = catalogue.entry(plain.procedureId());
        var otherEntry = catalogue.entry(other.procedureId());
        return entry.isPresent() && otherEntry.isPresent() && AgeBounds.forDifferentAges(entry.get().name(), otherEntry.get().name());
    }

    /** Another level's entry for the same procedure, which the question does not ask for by the words that set it apart. */
    private boolean isLevelSibling(Candidate other, Candidate plain) {
        var entry = catalogue.entry(plain.procedureId());
        var otherEntry = catalogue.entry(other.procedureId());
        return entry.isPresent() && otherEntry.isPresent() && !Set.copyOf(entry.get().levels()).equals(Set.copyOf(otherEntry.get().levels()))
                && likeness(other, plain) >= SIBLING_LIKENESS && askedShare(other, plain) < ASKED;
    }

    /** The same procedure by another channel, which the question does not ask for by the words that set it apart. */
    private boolean isChannelSibling(Candidate other, Candidate plain) {
        Set<String> otherWords = names.officialWords(other.procedureId());
        Set<String> words = names.officialWords(plain.procedureId());
        if (otherWords.isEmpty() || words.isEmpty() || otherWords.equals(words)) {
            return false;
        }
        return onlyChannelWordsApart(otherWords, words) && onlyChannelWordsApart(words, otherWords) && askedShare(other, plain) < ASKED;
    }

    /**
     * Whether every word of {@code a} that {@code b} lacks says how or where it is carried out. Tested word by word:
     * the sets of the words apart and shared, made for each of the ten best candidates on every turn, were a thirtieth
     * of a turn (docs/benchmarks.md).
     */
    private static boolean onlyChannelWordsApart(Set<String> a, Set<String> b) {
        for (String word : a) {
            if (!b.contains(word) && !CHANNEL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The weight of the words two official names share, against that of the words either holds. */
    private double likeness(Candidate a, Candidate b) {
        Set<String> aWords = names.officialWords(a.procedureId());
        Set<String> bWords = names.officialWords(b.procedureId());
        double shared = 0;
        double either = 0;
        Set<String> all = new HashSet<>(aWords);
        all.addAll(bWords);
        for (String word : all) {
            double w = names.weight(word);
            either += w;
            if (aWords.contains(word) && bWords.contains(word)) {
                shared += w;
            }
        }
        return either == 0 ? 0 : shared / either;
    }

    /**
     * The share of the weight of the words a variant adds to the plain name that the question holds. The words of an
     * aspect cue count only when the variant adds the whole cue: "trực tuyến" asks for the online variant, but the
     * "thời" of "thời hạn" does not ask for the "tạm thời" one.
     */
    private double askedShare(Candidate variant, Candidate plain) {
        Set<String> added = new HashSet<>(names.officialWords(variant.procedureId()));
        added.removeAll(names.officialWords(plain.procedureId()));
        Set<String> asked = new HashSet<>(questionWords);
        cuePhrases.stream().filter(added::containsAll).forEach(asked::addAll);
        double total = 0;
        double held = 0;
        for (String word : added) {
            double w = names.weight(word);
            total += w;
            if (asked.contains(word)) {
                held += w;
            }
        }
        return total == 0 ? 0 : held / total;
    }
}
