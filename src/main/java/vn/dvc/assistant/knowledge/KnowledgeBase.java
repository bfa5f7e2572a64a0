package vn.dvc.assistant.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One loaded, validated, immutable snapshot of the guides and the vocabulary. */
public final class KnowledgeBase {

    private final Map<String, Guide> guidesById;
    private final Map<String, Guide> guidesByCode;
    private final Vocabulary vocabulary;
    private final List<Succession> successions;
    private final Instant loadedAt;

    public KnowledgeBase(List<Guide> guides, Vocabulary vocabulary, Instant loadedAt) {
        this(guides, vocabulary, List.of(), loadedAt);
    }

    /** @param successions the legal documents replaced or amended since guides began citing them */
    public KnowledgeBase(List<Guide> guides, Vocabulary vocabulary, List<Succession> successions, Instant loadedAt) {
        Map<String, Guide> byId = new LinkedHashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        this.guidesById = Map.copyOf(byId);
        Map<String, Guide> byCode = new LinkedHashMap<>();
        guides.forEach(g -> g.codes().forEach(code -> byCode.putIfAbsent(code, g)));
        this.guidesByCode = Map.copyOf(byCode);
        this.vocabulary = vocabulary;
        this.successions = List.copyOf(successions);
        this.loadedAt = loadedAt;
    }

    public List<Guide> guides() {
        return guidesById.values().stream().sorted(java.util.Comparator.comparing(Guide::id)).toList();
    }

    public Optional<Guide> guide(String id) {
        return Optional.ofNullable(id).map(guidesById::get);
    }

    /** The guide that answers for a national procedure: the one carrying its code among its codes. */
    public Optional<Guide> guideCarrying(String code) {
        return Optional.ofNullable(code).map(guidesByCode::get);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<Succession> successions() {
        return successions;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
