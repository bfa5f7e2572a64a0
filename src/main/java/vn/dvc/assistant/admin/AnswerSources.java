package vn.dvc.assistant.admin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.LiveIndex;

/** Where a stored answer came from, for staff to open it: a guide's section in the editor, or the portal's record. */
@ApplicationScoped
class AnswerSources {

    /**
     * @param kind guide (with its file {@code path} and the {@code aspect} answered) or catalogue (with the national
     *             {@code code} and the portal's {@code url})
     */
    public record AnsweredFrom(String kind, String name, String path, String aspect, String code, String url) {
    }

    private final LiveIndex liveIndex;

    AnswerSources(LiveIndex liveIndex) {
        this.liveIndex = liveIndex;
    }

    /** Empty for a turn that answered nothing, or from a procedure the knowledge base no longer has. */
    Optional<AnsweredFrom> of(String procedureId, String aspect) {
        if (procedureId == null) {
            return Optional.empty();
        }
        GuideIndex index = liveIndex.current();
        return index.knowledgeBase().guide(procedureId)
                .map(g -> new AnsweredFrom("guide", g.name(), g.file(), aspect, g.nationalCode(), null))
                .or(() -> index.catalogue().entry(procedureId)
                        .map(e -> new AnsweredFrom("catalogue", e.name(), null, aspect, e.code(), e.sourceUrl())));
    }
}
