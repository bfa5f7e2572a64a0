package vn.dvc.assistant.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One document table and the heading or note the portal shows above it, e.g. "* Trường hợp ủy quyền thực hiện
 * thủ tục:". A note after the last table is a group with a title and no documents.
 */
public record DocumentGroup(Optional<String> title, List<Document> documents) {
}
