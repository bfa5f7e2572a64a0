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
import vn.dvc.assistant.ranking.UnifiedRanker;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/**
 * Search alone, as the dialogue calls it for one turn: read the question and rank every procedure (guides and
 * catalogue entries in one list), over the questions of the dev set and the catalogue conversations in turn. Throughput and the
 * distribution of single searches (SampleTime gives p99).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class SearchBenchmark {


    @Param({"CURATED", "CATALOGUE", "SYNTHETIC"})
    public Corpus corpus;

    private GuideIndex index;
    private UnifiedRanker ranker;
    private List<String> questions;
    private int next;

    @Setup
    public void build() {
        index = GuideIndex.build(KnowledgeBaseLoader.load(Corpus.KNOWLEDGE_BASE), corpus.load());
        questions = Corpus.questions();
        ranker = new UnifiedRanker(index, Weights.fitted());
    }

    @Benchmark
    public int search() {
        String question = questions.get(next++ % questions.size());
        Understanding reading = index.read(question);
        return ranker.rank(reading, List.of()).candidates().size();
    }
}
