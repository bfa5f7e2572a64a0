package vn.dvc.assistant.curation;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseException;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.KnowledgeFiles;
import vn.dvc.assistant.search.KnowledgeConfig;

/**
 * Validates the knowledge base as it would be with a change, the way a reload does, before the change is stored:
 * a broken edit never reaches the database, so no instance ever loads it.
 */
@ApplicationScoped
class KnowledgeCheck {

    private static final Pattern CITIZEN_NAME = Pattern.compile(".+\\S\\s*=>\\s*\\d+\\.\\d+");

    private final Path root;

    KnowledgeCheck(KnowledgeConfig config) {
        this.root = Path.of(config.path());
    }

    KnowledgeFiles folder() {
        return KnowledgeFiles.folder(root);
    }

    /** @param files every saved change with the new one among them */
    KnowledgeBase validate(Map<String, String> files, String changedPath) {
        String content = files.get(changedPath);
        if (content.length() > KnowledgeFile.MAX_TEXT) {
            throw new InvalidEdit(changedPath, 0, changedPath + ": the file has " + content.length()
                    + " characters. Fix: keep it under " + KnowledgeFile.MAX_TEXT + " (split the guide)");
        }
        if (changedPath.startsWith(KnowledgePaths.CITIZEN_NAMES)) {
            checkCitizenNames(changedPath, content);
        }
        try {
            return KnowledgeBaseLoader.load(folder().overlaidBy(files));
        } catch (KnowledgeBaseException e) {
            throw new InvalidEdit(e);
        }
    }

    /** The lead's parser reads these files; each line is "question => NATIONAL_CODE" (or blank, or a # comment). */
    private static void checkCitizenNames(String path, String content) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#") && !CITIZEN_NAME.matcher(line).matches()) {
                throw new InvalidEdit(path, i + 1, path + ":" + (i + 1) + ": '" + line
                        + "' is not 'question => code'. Fix: write the question, ' => ', then the national code such as 1.001612");
            }
        }
    }
}
