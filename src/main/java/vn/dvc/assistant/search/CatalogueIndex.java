package vn.dvc.assistant.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueEntry;

/**
 * The national catalogue's procedures the assistant offers: every entry but those whose national code a curated
 * guide carries (the guide answers for them). Their names are ranked with the guides' in {@link NameIndex}.
 */
public final class CatalogueIndex {

    public static final CatalogueIndex EMPTY = new CatalogueIndex(List.of());

    private final List<CatalogueEntry> entries;
    private final Map<String, Integer> ordinalById = new HashMap<>();

    private CatalogueIndex(List<CatalogueEntry> entries) {
        this.entries = entries;
        for (int i = 0; i < entries.size(); i++) {
            ordinalById.put(entries.get(i).id(), i);
        }
    }

    /** @param coveredCodes the national codes the curated guides carry */
    static CatalogueIndex build(Catalogue catalogue, Set<String> coveredCodes) {
        return new CatalogueIndex(catalogue.entries().stream().filter(e -> !coveredCodes.contains(e.code())).toList());
    }

    /** The entries offered, in catalogue order: those no curated guide covers. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(id).map(ordinalById::get).map(entries::get);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
