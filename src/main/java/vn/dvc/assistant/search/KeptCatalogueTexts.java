package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;
import org.jboss.logging.Logger;

import vn.dvc.assistant.search.ProcedureTexts.Indexed;
import vn.dvc.assistant.search.ProcedureTexts.Part;

/**
 * The catalogue's part of {@link ProcedureTexts} kept in a folder between starts: one subfolder per key, named by a
 * digest of the texts indexed, the application's code that read and indexed them, and Lucene's version. A start that
 * finds its key opens the indexes read-only; one that does not indexes in memory, as without a folder, and writes
 * them for the next. Several replicas may start at once on one folder: each writes its own temporary folder and
 * renames it into place, an atomic step, so that an index is either whole or absent; a folder that is not whole all
 * the same (a disk error, a hand's edit) fails its checksums and is indexed again, never served.
 */
final class KeptCatalogueTexts {

    /** No folder: the catalogue is indexed at every start (tests and tools that build one index and exit). */
    static final KeptCatalogueTexts NONE = new KeptCatalogueTexts(null);

    private static final Logger LOG = Logger.getLogger(KeptCatalogueTexts.class);
    private static final String WRITING = ".writing-";
    /** A write takes well under a second; a temporary folder this old was left by a process that died writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    /**
     * An index not opened for this long is removed when another is written. Not at once: a start with staff's saved
     * vocabulary edits opens two, the folder's and then the edited one (curation.KnowledgeSync), and the
     * replicas of a rolling deployment run two builds for a while. An index is about 3 MB.
     */
    private static final Duration UNUSED = Duration.ofDays(1);

    private final Path folder;
    /**
     * The application's own code, digested: how a text is read and indexed is written there, and a change to it
     * changes what an index holds. Any change to the code therefore indexes the catalogue again, once. Digested when
     * first asked for, on the index's own thread: where the index is set up, on the thread that starts the service,
     * it was 3 of that thread's 100 samples in a profile of the start (docs/benchmarks.md).
     */
    private Optional<byte[]> code;

    private KeptCatalogueTexts(Path folder) {
        this.folder = folder;
    }

    /** Kept in {@code folder}, created when first written. */
    static KeptCatalogueTexts in(Path folder) {
        return new KeptCatalogueTexts(folder);
    }

    /** The indexes kept for these texts, checked whole; empty when there are none, or none that read back whole. */
    Optional<Map<Part, DirectoryReader>> open(String textsKey) {
        Optional<Path> where = where(textsKey);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        Path kept = where.get();
        if (!Files.isDirectory(kept)) {
            LOG.infof("No catalogue index kept for this catalogue and vocabulary in %s: indexing it", folder);
            return Optional.empty();
        }
        Map<Part, DirectoryReader> readers = new EnumMap<>(Part.class);
        try {
            for (Part part : Part.values()) {
                Path partFolder = kept.resolve(part.name());
                checkWhole(partFolder);
                readers.put(part, DirectoryReader.open(new MMapDirectory(partFolder)));
            }
            LOG.infof("Catalogue index opened from %s", kept);
            markUsed(kept);
            return Optional.of(readers);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The catalogue index kept in %s does not read back whole (%s): indexing it again", kept, e);
            IOUtils.closeWhileHandlingException(readers.values());
            delete(kept);
            return Optional.empty();
        }
    }

    /** Writes the indexes for the next start; a folder that cannot be written is logged and left as it is. */
    void keep(String textsKey, Map<Part, Indexed> indexes) {
        Optional<Path> where = where(textsKey);
        if (where.isEmpty()) {
            return;
        }
        Path kept = where.get();
        Path writing = folder.resolve(WRITING + UUID.randomUUID());
        try {
            Files.createDirectories(writing);
            for (Part part : Part.values()) {
                copy(indexes.get(part).reader().directory(), writing.resolve(part.name()));
            }
            IOUtils.fsync(writing, true);
            Files.move(writing, kept, StandardCopyOption.ATOMIC_MOVE);
            IOUtils.fsync(folder, true);
            LOG.infof("Catalogue index kept in %s for the next start", kept);
            removeOthers(kept);
        } catch (IOException | RuntimeException e) {
            if (Files.isDirectory(kept)) {
                LOG.debugf("Another process kept the catalogue index in %s first", kept);
            } else {
                LOG.warnf("The catalogue index could not be kept in %s (%s): the next start indexes it again", folder, e);
            }
            delete(writing);
        }
    }

    private static void copy(Directory from, Path to) throws IOException {
        try (FSDirectory target = FSDirectory.open(to)) {
            List<String> files = List.of(from.listAll());
            for (String file : files) {
                target.copyFrom(from, file, file, IOContext.DEFAULT);
            }
            target.sync(files);
            target.syncMetaData();
        }
    }

    /** Every file's checksum, read through the file system rather than mapped, so that checking costs no memory. */
    private static void checkWhole(Path partFolder) throws IOException {
        try (Directory directory = new NIOFSDirectory(partFolder)) {
            for (String file : directory.listAll()) {
                try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(input);
                }
            }
        }
    }

    /** Its modification time says when an index was last opened; a folder that cannot be written keeps its own. */
    private static void markUsed(Path kept) {
        try {
            Files.setLastModifiedTime(kept, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debugf("%s could not be marked as used (%s)", kept, e);
        }
    }

    /** Indexes no start opened for a while, and temporary folders of writes that died; the next write tries again. */
    private void removeOthers(Path kept) {
        Instant now = Instant.now();
        try (Stream<Path> others = Files.list(folder)) {
            others.filter(p -> !p.equals(kept))
                    .filter(p -> modifiedBefore(p, now.minus(p.getFileName().toString().startsWith(WRITING) ? ABANDONED : UNUSED)))
                    .forEach(KeptCatalogueTexts::delete);
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("Old catalogue indexes in %s could not be listed (%s)", folder, e);
        }
    }

    private static boolean modifiedBefore(Path path, Instant instant) {
        try {
            return Files.getLastModifiedTime(path).compareTo(FileTime.from(instant)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("%s could not be deleted (%s)", path, e);
        }
    }

    /** The folder of these texts' index; none without a folder, or, with a warning, when the code cannot be read. */
    private Optional<Path> where(String textsKey) {
        if (folder == null) {
            return Optional.empty();
        }
        return code().map(code -> {
            MessageDigest digest = CatalogueTexts.sha256();
            digest.update(textsKey.getBytes(StandardCharsets.US_ASCII));
            digest.update(Version.LATEST.toString().getBytes(StandardCharsets.US_ASCII));
            digest.update(code);
            return folder.resolve(HexFormat.of().formatHex(digest.digest()));
        });
    }

    private synchronized Optional<byte[]> code() {
        if (code == null) {
            try {
                code = Optional.of(codeFingerprint());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                LOG.warnf("The catalogue index is not kept between starts: the application's code cannot be read to key it by (%s)", e);
                code = Optional.empty();
            }
        }
        return code;
    }

    private static byte[] codeFingerprint() throws IOException, URISyntaxException {
        CodeSource source = KeptCatalogueTexts.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("the classes do not say where they were loaded from");
        }
        MessageDigest digest = CatalogueTexts.sha256();
        Path location = Path.of(source.getLocation().toURI());
        try (Stream<Path> files = Files.isDirectory(location) ? Files.walk(location) : Stream.of(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return digest.digest();
    }
}
