package bg.libpartners.material;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Content-addressed file storage: a file is kept once under its SHA-256, however often it is uploaded. The default
 * keeps files on disk under the data folder; an S3-compatible store can implement the same contract.
 */
public interface FileStore {

    /**
     * Streams the content to a staging area while hashing and counting it, lets the check look at the staged copy,
     * then moves it into place. Nothing is left behind when the stream breaks, the limit is passed or the check
     * refuses the file.
     *
     * @throws FileTooLargeException when the content passes {@code maxBytes}
     */
    StoredFile store(InputStream content, long maxBytes, Check check) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Removes a stored file; used when the transaction that stored it rolls back. */
    void delete(String sha256) throws IOException;

    /**
     * The transaction that stored a new file committed: it is kept for good. Until then the file is pending, so that
     * a crash between the move into place and the commit (when no rollback runs) can be cleaned up by {@link #sweep}.
     */
    void settle(String sha256) throws IOException;

    /**
     * After a crash: removes staging files of uploads that never finished, and settles or removes the files still
     * pending (kept when {@code held} says a record uses them). Only what was untouched for longer than {@code grace}
     * is looked at, so an upload still running on another node is left alone.
     *
     * @return how many files were removed
     */
    int sweep(java.time.Duration grace, java.util.function.Predicate<String> held) throws IOException;

    /** Looks at a staged file before it is kept; throws to refuse it. */
    @FunctionalInterface
    interface Check {
        void verify(Path staged) throws IOException;
    }

    /** Accepts any content. */
    Check ANY = staged -> {};

    /** Where a file was kept: its checksum, its size and the storage key; {@code created} is false for a duplicate. */
    record StoredFile(String sha256, long size, String key, boolean created) {}
}
