package vn.dvc.assistant.benchmark;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;

/**
 * Load and index build time and the heap they keep, per corpus, in one JVM: each corpus is built five times and the
 * median printed (the first builds pay for class loading and JIT).
 *
 * <p>{@code java -cp "target/benchmark/classes:target/benchmark/test-classes:$(cat target/benchmark/benchmark.classpath)"
 * vn.dvc.assistant.benchmark.ScaleReport}
 */
public final class ScaleReport {

    private static final int ROUNDS = 5;

    private ScaleReport() {
    }

    public static void main(String[] args) {
        System.out.printf("%-10s %8s %10s %10s %12s%n", "corpus", "entries", "load ms", "index ms", "heap MB");
        for (Corpus corpus : Corpus.values()) {
            long[] load = new long[ROUNDS];
            long[] build = new long[ROUNDS];
            GuideIndex kept = null;
            long heap = 0;
            for (int round = 0; round < ROUNDS; round++) {
                kept = null;
                long before = usedHeap();
                long start = System.nanoTime();
                KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(Corpus.KNOWLEDGE_BASE);
                Catalogue catalogue = corpus.load();
                long loaded = System.nanoTime();
                kept = GuideIndex.build(knowledgeBase, catalogue);
                long built = System.nanoTime();
                load[round] = (loaded - start) / 1_000_000;
                build[round] = (built - loaded) / 1_000_000;
                heap = usedHeap() - before;
            }
            java.util.Arrays.sort(load);
            java.util.Arrays.sort(build);
            System.out.printf("%-10s %8d %10d %10d %12.1f%n", corpus, kept.catalogue().entries().size(), load[ROUNDS / 2],
                    build[ROUNDS / 2], heap / 1e6);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
