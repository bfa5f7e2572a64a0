package vn.dvc.assistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueImporter;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.catalogue.NationalRecords;
import vn.dvc.assistant.dialogue.DialogueConfig;
import vn.dvc.assistant.dialogue.DialogueEngine;
import vn.dvc.assistant.dialogue.DialogueState;
import vn.dvc.assistant.dialogue.Reply;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.province.ShippedProfiles;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/**
 * The evaluation sets run through the dialogue engine directly, without HTTP, Quarkus or a database: seconds for
 * every set, so that thresholds can be swept and the ranker refitted. Scores as ../shared/eval/score.py does,
 * confident wrong answers included.
 */
final class OfflineEvaluation {

    /** One set's score: turns right, confident wrong answers (another procedure answered), fallbacks and questions back. */
    record Score(String set, int turns, int right, int procedureRight, int confidentWrong, int fallbacks, int clarifies, Scoreboard board) {
        double accuracy() {
            return turns == 0 ? 0 : (double) right / turns;
        }

        double wrongShare() {
            return turns == 0 ? 0 : (double) confidentWrong / turns;
        }

        /** Several scores of one set's parts added up. */
        static Score sum(String set, List<Score> parts) {
            Scoreboard board = new Scoreboard(set);
            return new Score(set, parts.stream().mapToInt(Score::turns).sum(), parts.stream().mapToInt(Score::right).sum(),
                    parts.stream().mapToInt(Score::procedureRight).sum(), parts.stream().mapToInt(Score::confidentWrong).sum(),
                    parts.stream().mapToInt(Score::fallbacks).sum(), parts.stream().mapToInt(Score::clarifies).sum(), board);
        }

        String line() {
            return String.format("%-26s %4d turns  right %5.1f%% (procedure %5.1f%%)  confident wrong %5.1f%%  fallback %5.1f%%  clarify %5.1f%%",
                    set, turns, 100 * accuracy(), 100.0 * procedureRight / Math.max(turns, 1), 100 * wrongShare(), 100.0 * fallbacks / Math.max(turns, 1),
                    100.0 * clarifies / Math.max(turns, 1));
        }
    }

    /** With the catalogue on, a curated set's expected fallback may be answered from it (CatalogueFits). */
    private static final CatalogueFits FITS = new CatalogueFits();

    private final GuideIndex index;

    OfflineEvaluation(GuideIndex index) {
        this.index = index;
    }

    /** The shipped knowledge base, with the national catalogue when a portal export or an import is given. */
    static GuideIndex index(Path knowledgeBase, Path catalogue) {
        Catalogue loaded = catalogue == null ? Catalogue.NONE : CatalogueLoader.load(imported(catalogue));
        return GuideIndex.build(KnowledgeBaseLoader.load(knowledgeBase), loaded);
    }

    /** A portal export (national-procedures.jsonl) is imported once into target/, as the import command does. */
    static Path imported(Path catalogue) {
        if (Files.isDirectory(catalogue) || catalogue.getFileName().toString().startsWith(CatalogueImporter.CATALOGUE_FILE)) {
            return catalogue;
        }
        Path folder = Path.of("target", "offline-catalogue");
        try {
            if (!Files.exists(folder.resolve(CatalogueImporter.CATALOGUE_FILE))
                    || Files.getLastModifiedTime(folder.resolve(CatalogueImporter.CATALOGUE_FILE)).compareTo(Files.getLastModifiedTime(catalogue)) < 0) {
                Files.createDirectories(folder);
                CatalogueImporter.run(catalogue, folder, NationalRecords.crawled());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    DialogueEngine engine(Map<String, String> overrides, Weights weights) {
        return new DialogueEngine(() -> index, ConfigDefaults.of(DialogueConfig.class, overrides), weights,
                ShippedProfiles.national(), Clock.systemUTC());
    }

    Score score(EvaluationSet set, DialogueEngine engine) {
        Scoreboard board = new Scoreboard(set.name());
        int turns = 0, right = 0, procedureRight = 0, wrong = 0, fallbacks = 0, clarifies = 0;
        for (EvaluationSet.Conversation conversation : set.conversations()) {
            DialogueState state = DialogueState.EMPTY;
            boolean allRight = true;
            for (int i = 0; i < conversation.turns().size(); i++) {
                EvaluationSet.Turn turn = conversation.turns().get(i);
                Reply reply = engine.respond(state, turn.user());
                state = reply.next();
                Map<String, Object> got = new HashMap<>();
                got.put("type", reply.type().key());
                got.put("procedureId", reply.procedureId());
                got.put("aspect", reply.aspect());
                got.put("procedureCode", codeOf(reply.procedureId()));
                got.put("confidence", Math.round(reply.confidence() * 100) / 100.0);
                boolean ok = Scoreboard.matches(turn.expect(), got) || (!index.catalogue().isEmpty()
                        && FITS.fits(conversation.id(), i, turn, reply.type().key(), reply.procedureId(), reply.next().pendingChoices()));
                board.turn(conversation.id(), i, turn, got, ok);
                allRight &= ok;
                turns++;
                right += ok ? 1 : 0;
                fallbacks += "fallback".equals(got.get("type")) ? 1 : 0;
                clarifies += "clarify".equals(got.get("type")) ? 1 : 0;
                Map<String, Object> procedureOnly = new LinkedHashMap<>(turn.expect());
                procedureOnly.remove("aspect");
                procedureRight += Scoreboard.matches(procedureOnly, got) ? 1 : 0;
                if ("answer".equals(got.get("type"))) {
                    if (!"answer".equals(procedureOnly.get("type")) || !Scoreboard.matches(procedureOnly, got)) {
                        wrong++;
                    }
                }
            }
            board.conversation(allRight);
        }
        return new Score(set.name(), turns, right, procedureRight, wrong, fallbacks, clarifies, board);
    }

    /** A guide answers for the national codes it carries, as a catalogue entry does for its own. */
    private List<String> codeOf(String procedureId) {
        return index.knowledgeBase().guide(procedureId).map(g -> g.codes())
                .or(() -> index.catalogue().entry(procedureId).map(e -> List.of(e.code()))).orElse(List.of());
    }

    private static final String USAGE =
            "usage: OfflineEvaluation [--catalogue PATH] [--show-wrong] [--sweep name=v1,v2,...]... SET.jsonl...";

    /**
     * {@link #USAGE}. A sweep runs every combination of the values given and prints one line per set and combination.
     */
    public static void main(String[] args) {
        Path catalogue = null;
        boolean showWrong = false;
        Map<String, List<String>> sweep = new LinkedHashMap<>();
        List<Path> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--catalogue" -> catalogue = Path.of(args[++i]);
                case "--show-wrong" -> showWrong = true;
                case "--sweep" -> {
                    String[] kv = args[++i].split("=", 2);
                    sweep.put(kv[0], List.of(kv[1].split(",")));
                }
                default -> sets.add(Path.of(args[i]));
            }
        }
        List<Path> unreadable = sets.stream().filter(set -> !Files.isRegularFile(set)).toList();
        if (sets.isEmpty() || !unreadable.isEmpty()) {
            System.err.println((unreadable.isEmpty() ? "" : "not a set file: " + unreadable + "\n") + USAGE);
            System.exit(2);
        }
        long start = System.nanoTime();
        OfflineEvaluation evaluation = new OfflineEvaluation(index(Path.of("knowledge-base"), catalogue));
        System.out.printf("index built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        List<EvaluationSet> loaded = sets.stream().map(EvaluationSet::load).toList();
        for (Map<String, String> overrides : combinations(sweep)) {
            if (!overrides.isEmpty()) {
                System.out.println("-- " + overrides);
            }
            DialogueEngine engine = evaluation.engine(overrides, Weights.fitted());
            for (EvaluationSet set : loaded) {
                Score score = evaluation.score(set, engine);
                System.out.println(score.line());
                if (showWrong) {
                    System.out.println(score.board().report(true));
                }
            }
        }
    }

    static List<Map<String, String>> combinations(Map<String, List<String>> sweep) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : sweep.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String value : axis.getValue()) {
                    Map<String, String> combined = new LinkedHashMap<>(partial);
                    combined.put(axis.getKey(), value);
                    next.add(combined);
                }
            }
            all = next;
        }
        return all;
    }
}
