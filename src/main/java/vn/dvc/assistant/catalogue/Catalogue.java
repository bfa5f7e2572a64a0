package vn.dvc.assistant.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded national catalogue: its entries in file order, by id. Empty when the catalogue is off. */
public final class Catalogue {

    public static final Catalogue NONE = new Catalogue(List.of(), null);

    private final List<CatalogueEntry> entries;
    private final Map<String, CatalogueEntry> byId;
    private final String source;

    public Catalogue(List<CatalogueEntry> entries, String source) {
        Map<String, CatalogueEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.id(), e));
        this.entries = List.copyOf(entries);
        this.byId = map;
        this.source = source;
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The file it was read from, or null when the catalogue is off. */
    public String source() {
        return source;
    }
}
