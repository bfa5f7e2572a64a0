package vn.dvc.assistant.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the ranker knows of one candidate, every feature from 0 to 1 and on the same scale for guides and catalogue
 * entries: the name features come from one index of every procedure's names, the text features from one index of
 * every procedure's parts.
 *
 * @param nameFit        F1 of the weighted words and pairs the question shares with the candidate's best name
 * @param fitOfBest      that fit as a share of the best fit among the candidates (1 for the best named)
 * @param namePrecision  share of the question's topic weight that name holds
 * @param nameRecall     share of that name's weight the question holds
 * @param pairRecall     share of that name's word pairs the question holds
 * @param citizenName    1 when the best name is one citizens use (vocabulary/citizen-names), else 0
 * @param guide          1 for a curated guide, 0 for a catalogue entry
 * @param guideRelevance a guide's Lucene score over its names, phrasings and text, against the best guide's
 * @param guideCoverage  share of the question's topic a guide's recognition words cover
 * @param guideAnchor    how completely the question holds one of a guide's names
 * @param guideNamed     1 when a guide is named (anchor at least 2/3) or covered (coverage at least 0.65 with no word
 *                       from outside the guides): the test the guides' cascade answered on, kept as evidence
 * @param nameText       BM25 of the question over the procedure's names, against the best procedure's
 * @param calledText     the same over the names citizens use and a guide's phrasings and example questions
 * @param aboutText      the same over what it is about: field, who files it, results, levels and offices
 * @param bodyText       the same over its documents, conditions and steps, or a guide's sections
 * @param topicHeld      share of the question's topic weight that any part of the procedure holds
 * @param rarestMissing  weight of the weightiest topic word no part of it holds, against the question's weightiest
 * @param topicNamed     share of the question's topic weight its names or citizens' names hold
 * @param rarestUnnamed  weight of the weightiest topic word none of its names holds, against the question's weightiest
 * @param nameComplete   1 when the question holds every word of one of its names, else 0
 */
public record Features(double nameFit, double fitOfBest, double namePrecision, double nameRecall, double pairRecall, double citizenName,
                       double guide, double guideRelevance, double guideCoverage, double guideAnchor, double guideNamed,
                       double nameText, double calledText, double aboutText, double bodyText, double topicHeld, double rarestMissing,
                       double topicNamed, double rarestUnnamed, double nameComplete) {

    /** The features one by one, in the order of the first part of {@link #vector()}. */
    private static final List<String> SINGLE = List.of("nameFit", "fitOfBest", "namePrecision", "nameRecall", "pairRecall", "citizenName",
            "guide", "guideRelevance", "guideCoverage", "guideAnchor", "guideNamed", "nameText", "calledText", "aboutText", "bodyText",
            "topicHeld", "rarestMissing", "topicNamed", "rarestUnnamed", "nameComplete");

    /**
     * The features whose products with each other (squares too) are features as well, so that the utility is quadratic
     * in them: a name that fits well counts for more when the question's topic is all held, a weak text score for less
     * when the rarest word is missing. Every feature measured on every candidate on a continuous scale; left out are the
     * ones that are 0 or 1 (a 0/1 feature squared is itself, and with their products in, Newton's method found no
     * weights better than zero) and the guides' own (0 for every catalogue entry). Measured with src/tools/cross-validate.sh (docs/ranking.md): real-dev 76.3 → 78.1 % on unseen
     * folds, everyday 76.0 → 80.5 %, no more confident wrong answers on either.
     */
    private static final List<String> PAIRED = List.of("nameFit", "fitOfBest", "namePrecision", "nameRecall", "pairRecall", "nameText",
            "calledText", "aboutText", "bodyText", "topicHeld", "rarestMissing", "topicNamed", "rarestUnnamed");

    private static final int[] PAIRED_AT = PAIRED.stream().mapToInt(SINGLE::indexOf).toArray();

    /** The names the fitted weights are written under, in the order of {@link #vector()}: "nameFit", then "nameFit*topicHeld". */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(SINGLE);
        for (int i = 0; i < PAIRED.size(); i++) {
            for (int j = i; j < PAIRED.size(); j++) {
                names.add(PAIRED.get(i) + "*" + PAIRED.get(j));
            }
        }
        return List.copyOf(names);
    }

    public double[] vector() {
        double[] single = {nameFit, fitOfBest, namePrecision, nameRecall, pairRecall, citizenName, guide, guideRelevance,
                guideCoverage, guideAnchor, guideNamed, nameText, calledText, aboutText, bodyText, topicHeld, rarestMissing,
                topicNamed, rarestUnnamed, nameComplete};
        double[] all = Arrays.copyOf(single, NAMES.size());
        int k = single.length;
        for (int i = 0; i < PAIRED_AT.length; i++) {
            for (int j = i; j < PAIRED_AT.length; j++) {
                all[k++] = single[PAIRED_AT[i]] * single[PAIRED_AT[j]];
            }
        }
        return all;
    }
}
