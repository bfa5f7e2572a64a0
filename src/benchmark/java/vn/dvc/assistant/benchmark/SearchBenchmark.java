package vn.dvc.assistant.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.CatalogueIndex;
import vn.dvc.assistant.search.CatalogueMatch;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.ProcedureMatch;
import vn.dvc.assistant.search.Reading;

/**
 * Search alone, as the dialogue calls it for one turn: read the question, find the guides it names, and ask the
 * catalogue's names, over the questions of the dev set and the catalogue conversations in turn. Throughput and the
 * distribution of single searches (SampleTime gives p99).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class SearchBenchmark {

    /** The dialogue's defaults (DialogueConfig). */
    private static final CatalogueIndex.Acceptance ACCEPTANCE = new CatalogueIndex.Acceptance(0.7, 6, 0.2);
    private static final int CANDIDATES = 5;

    @Param({"CURATED", "CATALOGUE", "SYNTHETIC"})
    public Corpus corpus;

    private GuideIndex index;
    private List<String> questions;
    private int next;

    @Setup
    public void build() {
        index = GuideIndex.build(KnowledgeBaseLoader.load(Corpus.KNOWLEDGE_BASE), corpus.load());
        questions = Corpus.questions();
    }

    @Benchmark
    public int search() {
        String question = questions.get(next++ % questions.size());
        Reading reading = index.read(question);
        List<ProcedureMatch> guides = index.procedures(reading, CANDIDATES, List.of());
        List<CatalogueMatch> catalogue = index.catalogue().match(reading, ACCEPTANCE, List.of());
        return guides.size() + catalogue.size();
    }
}
