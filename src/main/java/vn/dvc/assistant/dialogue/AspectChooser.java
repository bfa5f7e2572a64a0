package vn.dvc.assistant.dialogue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Picks the part of a procedure asked about from two kinds of evidence: the aspect words of the vocabulary
 * (lệ phí, ở đâu, bao lâu...) and the example questions the guide's sections carry, counted by how clearly
 * one section's examples fit better than the others'. Aspect words the procedure's own name says ("lệ phí" in
 * "thanh toán lệ phí trực tuyến", "điều kiện" in "cơ sở đủ điều kiện") name it and ask nothing; said once more than
 * the name says them, they ask ("điều kiện cấp giấy chứng nhận cơ sở đủ điều kiện...").
 */
final class AspectChooser {

    private final double exampleWeight;

    AspectChooser(double exampleWeight) {
        this.exampleWeight = exampleWeight;
    }

    /** The aspect with the most evidence, or empty when nothing points at one. */
    Optional<Aspect> choose(GuideIndex index, Understanding reading, String procedureId) {
        Map<Aspect, Double> evidence = new EnumMap<>(Aspect.class);
        Map<List<String>, Integer> said = new HashMap<>();
        for (Understanding.AspectCue cue : reading.aspectCues()) {
            int times = said.merge(cue.words().stream().map(Syllable::folded).toList(), 1, Integer::sum);
            if (times > index.timesInOfficialName(procedureId, cue.words())) {
                evidence.merge(cue.aspect(), cue.weight(), Double::sum);
            }
        }
        List<Map.Entry<Aspect, Double>> examples = index.sections(reading, procedureId).entrySet().stream()
                .sorted(Map.Entry.<Aspect, Double>comparingByValue().reversed()).toList();
        if (!examples.isEmpty()) {
            double best = examples.get(0).getValue();
            double runnerUp = examples.size() > 1 ? examples.get(1).getValue() : 0;
            evidence.merge(examples.get(0).getKey(), exampleWeight * (best - runnerUp) / best, Double::sum);
        }
        return evidence.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }
}
