package vn.dvc.assistant.search;

import java.util.HashMap;
import java.util.Map;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;

/**
 * Gathers the names of every procedure the assistant answers: a guide's name, other names and typical phrasings;
 * a catalogue entry's official name; and the names citizens use (vocabulary/citizen-names), given to the guide that
 * carries the national code, or else to the catalogue entry, the usual variant only (the others are offered beside it).
 */
final class ProcedureNames {

    private ProcedureNames() {
    }

    static NameIndex index(KnowledgeBase knowledgeBase, CatalogueIndex catalogue, DomainText domainText, QuestionReader reader) {
        NameIndex.Builder names = new NameIndex.Builder(domainText, reader);
        Map<String, String> idByCode = new HashMap<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            names.add(entry.id(), NameIndex.Kind.OFFICIAL, entry.name());
            idByCode.put(entry.code(), entry.id());
        }
        for (Guide guide : knowledgeBase.guides()) {
            names.add(guide.id(), NameIndex.Kind.OFFICIAL, guide.name());
            guide.aliases().forEach(a -> names.add(guide.id(), NameIndex.Kind.ALIAS, a));
            guide.phrasings().forEach(p -> names.add(guide.id(), NameIndex.Kind.PHRASING, p));
            guide.codes().forEach(code -> idByCode.put(code, guide.id()));
        }
        for (Vocabulary.CitizenName name : knowledgeBase.vocabulary().citizenNames()) {
            String id = idByCode.get(name.codes().get(0));
            if (id != null) {
                names.add(id, NameIndex.Kind.CITIZEN, name.phrase());
            }
        }
        return names.build();
    }
}
