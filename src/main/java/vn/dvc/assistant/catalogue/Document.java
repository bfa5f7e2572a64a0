package vn.dvc.assistant.catalogue;

import java.util.List;

/**
 * One row of a "Thành phần hồ sơ" table.
 *
 * @param forms    the file names of the forms (mẫu đơn, tờ khai) the portal offers for it, often none
 * @param quantity as the portal writes it: {@code 1 bản chính} or {@code 0 bản chính,1 bản sao}
 */
public record Document(String name, List<String> forms, String quantity) {
}
