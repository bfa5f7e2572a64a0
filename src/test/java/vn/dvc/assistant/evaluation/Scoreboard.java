package vn.dvc.assistant.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts turns right per category, as ../shared/eval/score.py does, and keeps the wrong ones. */
final class Scoreboard {

    private final String title;
    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<String> wrong = new ArrayList<>();
    private int conversations;
    private int conversationsRight;

    Scoreboard(String title) {
        this.title = title;
    }

    /** A reply matches when every field named in the expectation matches; a list means any of its values. */
    static boolean matches(Map<String, Object> expect, Map<String, Object> got) {
        for (Map.Entry<String, Object> e : expect.entrySet()) {
            if (e.getKey().equals(PROCEDURE_CODE)) {
                Object code = got.containsKey(PROCEDURE_CODE) ? got.get(PROCEDURE_CODE) : codeOf(got.get("procedureId"));
                // A guide answers for every national code it carries.
                List<?> answered = code instanceof List<?> several ? several : java.util.Collections.singletonList(code);
                if (!(e.getValue() instanceof List<?> codes) || answered.stream().noneMatch(codes::contains)) {
                    return false;
                }
                continue;
            }
            Object value = got.get(e.getKey());
            if (e.getValue() instanceof List<?> anyOf ? !anyOf.contains(value) : !e.getValue().equals(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Catalogue answers are expected by national code, as ../shared/eval/score.py reads them; a reply may carry the
     * code itself (a guide's national code, which the offline evaluation knows).
     */
    private static final String PROCEDURE_CODE = "procedureCode";

    private static String codeOf(Object procedureId) {
        String id = procedureId == null ? "" : procedureId.toString();
        return id.startsWith("tthc-") ? id.substring("tthc-".length()) : null;
    }

    void turn(String conversationId, int index, EvaluationSet.Turn turn, Map<String, Object> got, boolean right) {
        count("all", right);
        count("type=" + turn.expect().get("type"), right);
        if (turn.user().chars().allMatch(c -> c < 128)) {
            count("no-diacritics", right);
        }
        if (index > 0) {
            count("follow-up turns", right);
        }
        if (!right) {
            wrong.add(String.format("WRONG %s#%d %s%n   want %s%n   got  %s", conversationId, index, turn.user(), turn.expect(), got));
        }
    }

    void conversation(boolean right) {
        conversations++;
        if (right) {
            conversationsRight++;
        }
    }

    double accuracy() {
        int[] all = counts.getOrDefault("all", new int[2]);
        return all[1] == 0 ? 0 : (double) all[0] / all[1];
    }

    String report(boolean withWrongTurns) {
        StringBuilder out = new StringBuilder("== " + title + " ==\n");
        counts.forEach((k, v) -> out.append(String.format("%-22s %4d/%-4d %5.1f%%%n", k, v[0], v[1], 100.0 * v[0] / v[1])));
        out.append(String.format("%-22s %4d/%-4d %5.1f%%%n", "whole conversations", conversationsRight, conversations,
                100.0 * conversationsRight / Math.max(conversations, 1)));
        if (withWrongTurns) {
            wrong.forEach(w -> out.append(w).append('\n'));
        }
        return out.toString();
    }

    private void count(String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        }
    }
}
