package vn.dvc.assistant.search;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * A search's scratch sums (over every name, over every document of each part), lent to one search at a time and given
 * back cleared, the last given back lent first. Kept per thread instead, each of the service's sixteen worker threads
 * held its own on two cores, so that a search nearly always found its sums out of the cores' caches (the names' sums
 * were 35 % of a profile of chat against 14 % of one thread searching alone, docs/benchmarks.md). As many exist as
 * searches ever ran at once.
 */
final class ScratchPool<T> {

    private final ConcurrentLinkedDeque<T> free = new ConcurrentLinkedDeque<>();
    private final Supplier<T> make;

    ScratchPool(Supplier<T> make) {
        this.make = make;
    }

    /** Scratch for one search, to be given back cleared. */
    T take() {
        T scratch = free.pollFirst();
        return scratch != null ? scratch : make.get();
    }

    void giveBack(T scratch) {
        free.offerFirst(scratch);
    }
}
