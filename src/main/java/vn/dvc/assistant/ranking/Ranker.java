package vn.dvc.assistant.ranking;

import java.util.Collection;

import vn.dvc.assistant.search.Understanding;

/** Ranks every procedure, guides and catalogue entries in one list, for one understood question. */
public interface Ranker {

    /** @param within only these procedures; all when empty */
    Ranking rank(Understanding understanding, Collection<String> within);
}
