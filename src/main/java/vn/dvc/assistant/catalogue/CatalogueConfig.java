package vn.dvc.assistant.catalogue;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the imported national catalogue is; unset, the assistant answers from the curated guides only. */
@ConfigMapping(prefix = "assistant.catalogue")
public interface CatalogueConfig {

    /** {@code catalogue.jsonl}, {@code catalogue.jsonl.gz}, or the folder the import wrote them to. */
    Optional<String> path();
}
