package vn.dvc.assistant.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A portal record that was not imported whole: which field, why, and what the import did about it. One line of
 * the import report.
 *
 * @param line the record's line in the input file, from 1
 */
public record ImportProblem(int line, String code, String name, String field, String problem, Outcome outcome) {

    public enum Outcome {
        FIELD_LEFT_OUT("imported without this field"),
        REJECTED("not imported"),
        MERGED("merged into the first entry with this code");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        @JsonValue
        public String text() {
            return text;
        }
    }
}
