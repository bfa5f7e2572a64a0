package vn.dvc.assistant.catalogue.reading;

import java.util.List;

/**
 * One office the 2025 reorganisation merged, renamed or abolished, as {@code office-changes.txt} describes it.
 *
 * @param title   for reviewers: what changed
 * @param names   the old names as the portal's records write them
 * @param except  today's names that begin like an old one, never marked
 * @param now     what a citizen reads instead, shown after the first mention
 * @param note    one sentence for citizens: what changed, since when, on which legal basis
 * @param sources where the change was checked
 * @param line    where the change starts in its file
 */
public record OfficeChange(String title, List<String> names, List<String> except, String now, String note,
        List<String> sources, int line) {
}
