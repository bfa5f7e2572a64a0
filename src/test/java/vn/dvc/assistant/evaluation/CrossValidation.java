package vn.dvc.assistant.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.dialogue.DialogueEngine;
import vn.dvc.assistant.ranking.ConditionalLogit;
import vn.dvc.assistant.ranking.RankerFit;
import vn.dvc.assistant.ranking.TrainingSet;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/**
 * The ranker fitted with real questions, scored honestly: each fold of the real set is answered by weights fitted
 * without it (k-fold), the other sets by weights fitted on all of it. Thresholds can be swept as in the offline
 * evaluation; the fits are made once.
 *
 * <p>usage: CrossValidation --catalogue PATH --real SET.jsonl [--folds K] [--sweep name=v1,v2]... OTHER_SET.jsonl...
 */
final class CrossValidation {


    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    public static void main(String[] args) {
        Path catalogue = null;
        Path real = null;
        int folds = 5;
        Map<String, List<String>> sweep = new LinkedHashMap<>();
        List<Path> others = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--catalogue" -> catalogue = Path.of(args[++i]);
                case "--real" -> real = Path.of(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--sweep" -> {
                    String[] kv = args[++i].split("=", 2);
                    sweep.put(kv[0], List.of(kv[1].split(",")));
                }
                default -> others.add(Path.of(args[i]));
            }
        }
        GuideIndex index = OfflineEvaluation.index(Path.of("knowledge-base"), catalogue);
        OfflineEvaluation evaluation = new OfflineEvaluation(index);
        TrainingSet training = new TrainingSet(index);
        List<ConditionalLogit.Group> base = RankerFit.teamAndDerived(training);

        EvaluationSet realSet = EvaluationSet.load(real);
        List<List<ConditionalLogit.Group>> realGroups = new ArrayList<>();
        for (EvaluationSet.Conversation conversation : realSet.conversations()) {
            EvaluationSet.Turn first = conversation.turns().get(0);
            realGroups.add(training.firstTurn(first.user(), String.valueOf(first.expect().get("type")), strings(first.expect().get("procedureId")),
                    strings(first.expect().get("procedureCode")), RankerFit.REAL_QUESTION_WEIGHT).stream().toList());
        }
        List<Weights> foldWeights = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<ConditionalLogit.Group> groups = new ArrayList<>(base);
            for (int i = 0; i < realGroups.size(); i++) {
                if (i % folds != k) {
                    groups.addAll(realGroups.get(i));
                }
            }
            foldWeights.add(ConditionalLogit.weights(ConditionalLogit.fit(groups)));
        }
        List<ConditionalLogit.Group> all = new ArrayList<>(base);
        realGroups.forEach(all::addAll);
        Weights allWeights = ConditionalLogit.weights(ConditionalLogit.fit(all));
        List<EvaluationSet> otherSets = others.stream().map(EvaluationSet::load).toList();

        for (Map<String, String> overrides : OfflineEvaluation.combinations(sweep)) {
            if (!overrides.isEmpty()) {
                System.out.println("-- " + overrides);
            }
            List<OfflineEvaluation.Score> scores = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                List<EvaluationSet.Conversation> fold = new ArrayList<>();
                for (int i = k; i < realSet.conversations().size(); i += folds) {
                    fold.add(realSet.conversations().get(i));
                }
                DialogueEngine engine = evaluation.engine(overrides, foldWeights.get(k));
                scores.add(evaluation.score(new EvaluationSet(realSet.name() + " fold " + k, fold), engine));
            }
            System.out.println(OfflineEvaluation.Score.sum(realSet.name() + " (" + folds + "-fold)", scores).line());
            DialogueEngine engine = evaluation.engine(overrides, allWeights);
            for (EvaluationSet set : otherSets) {
                System.out.println(evaluation.score(set, engine).line());
            }
        }
    }
}
