package vn.dvc.assistant.catalogue;

import java.util.Optional;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

/** Where the imported national catalogue is; unset, the assistant answers from the curated guides only. */
@StaticInitSafe
@ConfigMapping(prefix = "assistant.catalogue")
public interface CatalogueConfig {

    /** {@code catalogue.jsonl}, {@code catalogue.jsonl.gz}, or the folder the import wrote them to. */
    Optional<String> path();
}
