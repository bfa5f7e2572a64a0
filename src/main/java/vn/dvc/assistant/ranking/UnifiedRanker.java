package vn.dvc.assistant.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.NameIndex;
import vn.dvc.assistant.search.NameFits;
import vn.dvc.assistant.search.NameIndex.NameFit;
import vn.dvc.assistant.search.ProcedureMatch;
import vn.dvc.assistant.search.ProcedureTexts;
import vn.dvc.assistant.search.TextFits;
import vn.dvc.assistant.search.Understanding;

/**
 * One ranking over the guides and the national catalogue: the guides' Lucene search and the index of every
 * procedure's names propose candidates, and one fitted logistic model scores them all on the same features.
 * A guide wins over a catalogue entry only by its features: the entries a guide covers are not candidates at all.
 */
public final class UnifiedRanker implements Ranker {

    /** Guides proposed by their Lucene search; there are few guides, and the best five are all that ever compete. */
    private static final int GUIDE_CANDIDATES = 5;
    /** Procedures proposed by their names: the right one is within the first 20 for nearly every question (docs/ranking.md). */
    private static final int NAME_CANDIDATES = 20;
    /** Procedures proposed by Lucene over their names and the names citizens use, beside those. */
    private static final int TEXT_CANDIDATES = 10;

    private static final double NAMED_ANCHOR = 0.66;
    private static final double COVERED = 0.65;

    private final GuideIndex index;
    private final Weights weights;

    public UnifiedRanker(GuideIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
    }

    @Override
    public Ranking rank(Understanding understanding, Collection<String> within) {
        List<Candidate> scored = AgeBounds.fit(score(candidates(understanding, within)), understanding, this::officialName);
        return new Ranking(new VariantFamily(index.names(), index.catalogue(), understanding).join(scored));
    }

    private Optional<String> officialName(String procedureId) {
        return index.catalogue().entry(procedureId).map(CatalogueEntry::name)
                .or(() -> index.knowledgeBase().guide(procedureId).map(Guide::name));
    }

    /** The candidates with their features, unscored, and the evidence for none: what the fitting command learns from. */
    public Candidates candidates(Understanding understanding, Collection<String> within) {
        try (TextFits fits = index.texts().fits(understanding, index.names()::weight)) {
            return candidates(understanding, within, fits);
        }
    }

    private Candidates candidates(Understanding understanding, Collection<String> within, TextFits fits) {
        NameIndex names = index.names();
        ProcedureTexts texts = index.texts();
        // A set, made once: the name and text fits ask of every procedure they find whether it is admitted.
        Set<String> only = Set.copyOf(within);
        List<ProcedureMatch> guides = index.procedures(understanding, GUIDE_CANDIDATES, only);
        Set<String> proposed = new LinkedHashSet<>();
        guides.forEach(g -> proposed.add(g.procedureId()));
        Predicate<String> admitted = only.isEmpty() ? id -> true : only::contains;
        NameFits nameFits = names.fits(understanding);
        for (String id : nameFits.best(GUIDE_CANDIDATES + NAME_CANDIDATES, admitted)) {
            if (proposed.size() < GUIDE_CANDIDATES + NAME_CANDIDATES) {
                proposed.add(id);
            }
        }
        proposed.addAll(bestByText(fits, admitted));
        double bestRelevance = guides.isEmpty() ? 1 : guides.get(0).relevance();
        Map<String, ProcedureMatch> guideById = new HashMap<>();
        guides.forEach(g -> guideById.put(g.procedureId(), g));
        double bestFit = nameFits.bestFit(admitted);
        Map<String, Features> features = new java.util.LinkedHashMap<>();
        for (String id : proposed) {
            NameFit fit = nameFits.of(id);
            ProcedureMatch guide = guideById.get(id);
            boolean isGuide = index.knowledgeBase().guide(id).isPresent();
            int doc = texts.procedure(id);
            TextFits.TopicHeld held = doc < 0 ? null : fits.held(doc);
            TextFits.Held anywhere = held == null ? null : held.anywhere();
            TextFits.Held named = held == null ? null : held.named();
            features.put(id, new Features(
                    fit == null ? 0 : fit.fit(),
                    fit == null || bestFit == 0 ? 0 : fit.fit() / bestFit,
                    fit == null ? 0 : fit.precision(),
                    fit == null ? 0 : fit.recall(),
                    fit == null ? 0 : fit.pairRecall(),
                    fit != null && fit.kind() == NameIndex.Kind.CITIZEN ? 1 : 0,
                    isGuide ? 1 : 0,
                    guide == null ? 0 : Math.min(1, guide.relevance() / bestRelevance),
                    guide == null ? 0 : guide.coverage(),
                    guide == null ? 0 : guide.anchor(),
                    guide != null && isNamedOrCovered(guide, understanding) ? 1 : 0,
                    fits.relative(ProcedureTexts.Part.NAME, doc),
                    fits.relative(ProcedureTexts.Part.CALLED, doc),
                    fits.relative(ProcedureTexts.Part.ABOUT, doc),
                    fits.relative(ProcedureTexts.Part.TEXT, doc),
                    anywhere == null ? 0 : anywhere.share(),
                    anywhere == null ? 1 : anywhere.rarestMissing(),
                    named == null ? 0 : named.share(),
                    named == null ? 1 : named.rarestMissing(),
                    fit != null && fit.complete() ? 1 : 0));
        }
        return new Candidates(features, new NoneEvidence(names.unnamedShare(understanding), texts.foreignPairShare(understanding),
                NoneEvidence.length(understanding.topical().size())));
    }

    /**
     * The procedures whose names, or the names citizens give them, the question's words fit best by Lucene: best first,
     * of equal fits the earlier procedure first. The best few are kept while scanning, not every procedure that shares
     * a word sorted (a common word brings most of the catalogue; the sort was a sixth of the search, docs/benchmarks.md).
     */
    private static List<String> bestByText(TextFits fits, Predicate<String> admitted) {
        int[] best = new int[TEXT_CANDIDATES];
        double[] bestFit = new double[TEXT_CANDIDATES];
        int kept = 0;
        for (int doc = 0; doc < fits.procedures(); doc++) {
            double fit = fits.named(doc);
            if (!(fit > 0) || kept == TEXT_CANDIDATES && fit <= bestFit[kept - 1]) {
                continue;
            }
            if (!admitted.test(fits.id(doc))) {
                continue;
            }
            int at = kept < TEXT_CANDIDATES ? kept++ : TEXT_CANDIDATES - 1;
            while (at > 0 && bestFit[at - 1] < fit) {
                best[at] = best[at - 1];
                bestFit[at] = bestFit[at - 1];
                at--;
            }
            best[at] = doc;
            bestFit[at] = fit;
        }
        List<String> ids = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            ids.add(fits.id(best[i]));
        }
        return ids;
    }

    /**
     * The evidence the guides' own decision rested on: a name held two thirds complete, or two thirds of the topic
     * covered with no word the guides never use. Measured on the team's sets when the guides answered alone.
     */
    private static boolean isNamedOrCovered(ProcedureMatch guide, Understanding understanding) {
        return guide.anchor() >= NAMED_ANCHOR || (guide.coverage() >= COVERED && understanding.strangers().isEmpty());
    }

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::procedureId);

    private List<Candidate> score(Candidates all) {
        List<Features> features = List.copyOf(all.features().values());
        double[] probabilities = weights.probabilities(features, all.none());
        List<Candidate> candidates = new ArrayList<>(features.size());
        int i = 0;
        for (Map.Entry<String, Features> e : all.features().entrySet()) {
            candidates.add(new Candidate(e.getKey(), e.getValue().guide() == 1, e.getValue(), probabilities[i++], List.of()));
        }
        candidates.sort(BEST_FIRST);
        return candidates;
    }
}
