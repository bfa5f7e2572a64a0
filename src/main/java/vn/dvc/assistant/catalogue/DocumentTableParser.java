package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the portal's "Thành phần hồ sơ" field: one or more tables, each preceded by a heading or note
 * ("* Giấy tờ phải nộp:", "--" when there is none) and its header cells {@code Tên giấy tờMẫu đơn, tờ khaiSố lượng},
 * then rows run together: name, form file names, quantity. The quantity closes each row and is the anchor; the
 * text after a table's last row is the heading of the next table, or after the last table a closing note.
 */
final class DocumentTableParser {

    static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

    /**
     * The quantity cell: one digit, "bản chính", and maybe ",N bản sao". Quantities written inside a name are
     * told apart by their neighbours: prose writes "nộp 02 bản chính tờ khai" (a space or bracket before, a
     * leading zero, a lower-case word after), the cell is glued to the name before it and to the next row.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![ (])(?<![ (]0)(?<!\\D0)\\d bản chính(?:,\\d bản sao)?(?! \\p{Ll})");
    private static final Pattern NO_HEADING = Pattern.compile("-*");
    private static final Pattern BULLET = Pattern.compile("^[\\s\\-+•\\uF0FC\\uF0D8.,;]+|[\\s;,]+$");

    private DocumentTableParser() {
    }

    static List<DocumentGroup> parse(String text) throws UnreadableField {
        Optional<String> present = PortalText.present(text);
        if (present.isEmpty() || NO_HEADING.matcher(present.get()).matches()) {
            return List.of();
        }
        String field = present.get();
        if (!field.contains(HEADER)) {
            throw new UnreadableField("no table header '" + HEADER + "'; the field starts " + PortalText.quote(field));
        }
        List<DocumentGroup> groups = new ArrayList<>();
        int headerAt = field.indexOf(HEADER);
        String heading = field.substring(0, headerAt);
        while (headerAt >= 0) {
            int bodyStart = headerAt + HEADER.length();
            int nextHeader = field.indexOf(HEADER, bodyStart);
            int bodyEnd = nextHeader < 0 ? field.length() : nextHeader;
            List<Document> documents = new ArrayList<>();
            Matcher quantity = QUANTITY.matcher(field).region(bodyStart, bodyEnd).useTransparentBounds(true);
            int rowStart = bodyStart;
            while (quantity.find()) {
                documents.add(document(field.substring(rowStart, quantity.start()), quantity.group()));
                rowStart = quantity.end();
            }
            add(groups, heading, documents);
            heading = field.substring(rowStart, bodyEnd);
            headerAt = nextHeader;
        }
        add(groups, heading, List.of());
        return List.copyOf(groups);
    }

    private static void add(List<DocumentGroup> groups, String heading, List<Document> documents) {
        Optional<String> title = title(heading);
        if (title.isPresent() || !documents.isEmpty()) {
            groups.add(new DocumentGroup(title, List.copyOf(documents)));
        }
    }

    private static Optional<String> title(String heading) {
        String trimmed = heading.strip();
        return NO_HEADING.matcher(trimmed).matches() ? Optional.empty() : Optional.of(trimmed);
    }

    private static Document document(String cells, String quantity) {
        FormFileNames.Cell cell = FormFileNames.split(cells);
        return new Document(BULLET.matcher(cell.name()).replaceAll(""), cell.forms(), quantity);
    }
}
