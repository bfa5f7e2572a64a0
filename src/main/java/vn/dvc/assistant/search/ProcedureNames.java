package vn.dvc.assistant.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Gathers the names of every procedure the assistant answers: a guide's name, other names and typical phrasings;
 * a catalogue entry's official name; and the names citizens use (vocabulary/citizen-names), given to the guide that
 * carries the national code, or else to the catalogue entry, the usual variant only (the others are offered beside it).
 */
final class ProcedureNames {

    /** A head shorter than this many syllables says too little to name one procedure ("Đăng ký đất đai"). */
    private static final int HEAD_SYLLABLES = 5;

    private ProcedureNames() {
    }

    /**
     * An official name up to its first qualification (a parenthesis, a semicolon, or a comma after at least
     * {@link #HEAD_SYLLABLES} syllables): "Cấp giấy chứng nhận đăng ký tạm thời tàu cá" of "..., tàu phục vụ nuôi trồng thủy
     * sản", "Cấp hộ chiếu phổ thông ở trong nước" of "... (thực hiện tại cấp tỉnh)", "Cấp, cấp lại Giấy chứng nhận cơ sở đủ
     * điều kiện đăng kiểm tàu cá" of "... (đối với cơ sở ...)": an earlier comma lists acts ("Cấp, cấp lại"), it does not
     * qualify. Citizens name a procedure by its head; the whole name's length weighs against them otherwise.
     */
    static java.util.Optional<String> head(String name) {
        int end = name.length();
        for (char mark : new char[] {'(', ';'}) {
            int at = name.indexOf(mark);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        int cut = end;
        for (int at = name.indexOf(','); at >= 0 && at < end; at = name.indexOf(',', at + 1)) {
            if (syllables(name.substring(0, at)) >= HEAD_SYLLABLES) {
                cut = at;
                break;
            }
        }
        String head = name.substring(0, cut).strip();
        return cut < name.length() && syllables(head) >= HEAD_SYLLABLES ? java.util.Optional.of(head) : java.util.Optional.empty();
    }

    private static int syllables(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** @param officialNames the catalogue's official names, read */
    static NameIndex index(KnowledgeBase knowledgeBase, CatalogueIndex catalogue, Map<String, List<Syllable>> officialNames,
                           DomainText domainText, QuestionReader reader) {
        NameIndex.Builder names = new NameIndex.Builder(domainText, reader);
        Map<String, String> idByCode = new HashMap<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            names.add(entry.id(), NameIndex.Kind.OFFICIAL, officialNames.get(entry.name()));
            head(entry.name()).ifPresent(head -> names.add(entry.id(), NameIndex.Kind.HEAD, head));
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
