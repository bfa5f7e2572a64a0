package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One national procedure as the portal publishes it, with its flattened tables read into rows. The wording is the
 * portal's; a value the portal does not give ("Không có thông tin") is empty.
 *
 * @param id          stable id derived from the national code, {@code tthc-1.001612}
 * @param ministry    the slug of the ministry the record was listed under, e.g. {@code bo-tai-chinh}
 * @param decision    the decision that published the procedure, e.g. {@code 2353/QĐ-BTC}
 * @param who         who carries it out (đối tượng thực hiện)
 * @param documents   the document tables, each under the heading the portal shows above it
 * @param conditions  conditions (yêu cầu, điều kiện), empty when the portal gives none
 * @param crawled     when the record was collected from the portal: what an answer says it is "as of"
 * @param unreadable  the portal fields that could not be read; their values here are empty, not "none"
 */
public record CatalogueEntry(
        String id,
        String code,
        String name,
        String ministry,
        Optional<String> decision,
        List<String> levels,
        Optional<String> field,
        Optional<String> who,
        List<String> steps,
        List<Channel> channels,
        List<DocumentGroup> documents,
        List<LegalDocument> legalBasis,
        Optional<String> conditions,
        List<Result> results,
        Agencies agencies,
        String sourceUrl,
        CrawlDate crawled,
        List<String> unreadable) {

    public static final String ID_PREFIX = "tthc-";

    public static String idOf(String code) {
        return ID_PREFIX + code;
    }

    /** The same procedure listed again at other levels: one entry carrying every level. */
    CatalogueEntry withLevelsOf(CatalogueEntry other) {
        List<String> merged = new ArrayList<>(levels);
        other.levels.stream().filter(level -> !merged.contains(level)).forEach(merged::add);
        return new CatalogueEntry(id, code, name, ministry, decision, List.copyOf(merged), field, who, steps, channels,
                documents, legalBasis, conditions, results, agencies, sourceUrl, crawled, unreadable);
    }
}
