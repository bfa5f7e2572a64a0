package vn.dvc.assistant.catalogue;

import java.util.Optional;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

/**
 * Where the imported national catalogue is: by default where the import writes it, loaded when it is there; unset or
 * absent, the assistant answers from the curated guides only.
 */
@StaticInitSafe
@ConfigMapping(prefix = "assistant.catalogue")
public interface CatalogueConfig {

    /** Where {@code import-catalogue} writes when given no folder, and where the service looks by default. */
    String DEFAULT_FOLDER = "data/catalogue";

    /** {@code catalogue.jsonl}, {@code catalogue.jsonl.gz}, or the folder the import wrote them to. */
    Optional<String> path();
}
