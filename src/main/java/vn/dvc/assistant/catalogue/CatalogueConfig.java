package vn.dvc.assistant.catalogue;

import java.util.Optional;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the imported national catalogue is: by default where the import writes it, loaded when it is there; unset or
 * absent, the assistant answers from the curated guides only.
 */
@StaticInitSafe
@ConfigMapping(prefix = "assistant.catalogue")
public interface CatalogueConfig {

    /** Where {@code import-catalogue} writes when given no folder, and where the service looks by default. */
    String DEFAULT_FOLDER = "data/catalogue";
    /** The folder, beside the catalogue's file, where its search index is kept between starts. */
    String INDEX_FOLDER = "index";

    /** {@code catalogue.jsonl}, {@code catalogue.jsonl.gz}, or the folder the import wrote them to. */
    Optional<String> path();

    /**
     * Whether the search index of the catalogue's texts is kept beside it ({@value #INDEX_FOLDER} in its folder), so
     * that the next start with the same catalogue, vocabulary and build opens it instead of indexing again.
     */
    @WithDefault("true")
    boolean keepIndex();
}
