package bg.libpartners.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way files come into the platform: streamed into the {@link FileStore}, checked by content on the way,
 * kept once per checksum. A file stored for a transaction that then rolls back is removed again, so a failed save
 * leaves nothing behind; one whose transaction commits is settled. A crash in between leaves it pending, for
 * {@link StoredFileSweeper} at the next start. A module that keeps files through here says which it uses by a
 * {@link StoredFileOwner}.
 */
@Service
public class UploadService {

    private static final Logger log = LoggerFactory.getLogger(UploadService.class);

    private final FileStore store;
    private final ContentInspector inspector;

    UploadService(FileStore store, ContentInspector inspector) {
        this.store = store;
        this.inspector = inspector;
    }

    /** A kept file and what its content turned out to be; {@code activeContent}: it may run code when opened. */
    public record Accepted(
            String sha256, long size, String mediaType, FileKind kind, boolean created, boolean activeContent) {}

    /** Accepts a file of the allowed kinds that runs no code when opened (no archive, no macros). */
    public Accepted accept(InputStream content, String filename, Set<FileKind> allowed, long maxBytes) {
        return accept(content, filename, allowed, maxBytes, false);
    }

    /**
     * Accepts a file of the allowed kinds; archives and Office files with macros only when {@code activeAllowed},
     * else they are refused before they are kept.
     */
    public Accepted accept(
            InputStream content, String filename, Set<FileKind> allowed, long maxBytes, boolean activeAllowed) {
        var detected = new ContentInspector.Detected[1];
        try {
            var stored = store.store(content, maxBytes, staged -> {
                detected[0] = inspector.inspect(staged, filename, allowed);
                if (detected[0].activeContent() && !activeAllowed) {
                    throw new RefusedFileException("material.file.activeContent");
                }
            });
            if (stored.created()) {
                settleOrRemove(stored.sha256());
            }
            return new Accepted(
                    stored.sha256(),
                    stored.size(),
                    detected[0].mediaType(),
                    detected[0].kind(),
                    stored.created(),
                    detected[0].activeContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Accepts a file only when its content is one of exactly these media types (e.g. {@code application/pdf}); the
     * name may refine what the content says but never contradict it. Anything else is refused before it is kept.
     */
    public Accepted acceptOnly(InputStream content, String filename, Set<String> mediaTypes, long maxBytes) {
        var kinds = java.util.EnumSet.noneOf(FileKind.class);
        mediaTypes.forEach(t -> kinds.add(java.util.Objects.requireNonNull(ContentInspector.kindOf(t), t)));
        var detected = new ContentInspector.Detected[1];
        try {
            var stored = store.store(content, maxBytes, staged -> {
                detected[0] = inspector.inspect(staged, filename, kinds);
                if (!mediaTypes.contains(detected[0].mediaType())) {
                    throw new RefusedFileException("material.file.notAllowed", detected[0].mediaType());
                }
            });
            if (stored.created()) {
                settleOrRemove(stored.sha256());
            }
            return new Accepted(
                    stored.sha256(),
                    stored.size(),
                    detected[0].mediaType(),
                    detected[0].kind(),
                    stored.created(),
                    detected[0].activeContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String sha256) {
        try {
            return store.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void settleOrRemove(String sha256) throws IOException {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store.settle(sha256);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == STATUS_COMMITTED) {
                        store.settle(sha256);
                    } else if (status == STATUS_ROLLED_BACK) {
                        store.delete(sha256);
                    }
                } catch (IOException e) {
                    log.warn(
                            "could not settle or remove {} after its transaction; the next start sweeps it", sha256, e);
                }
            }
        });
    }
}
