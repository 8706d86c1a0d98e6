package bg.libpartners.funding;

import bg.libpartners.material.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files of applications and reports, kept in the material module's content-addressed store: settled when the record
 * that names them commits, removed again when it rolls back (and the file was new).
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final FileStore store;

    AttachmentStore(FileStore store) {
        this.store = store;
    }

    /** Stores the content within the current transaction. */
    Application.Attachment keep(String label, String filename, String mediaType, InputStream content) {
        try {
            var stored = store.store(content, MAX_BYTES, FileStore.ANY);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    try {
                        if (status == STATUS_COMMITTED) {
                            store.settle(stored.sha256());
                        } else if (stored.created()) {
                            store.delete(stored.sha256());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            return new Application.Attachment(
                    label,
                    name(filename),
                    stored.sha256(),
                    stored.size(),
                    mediaType == null ? "application/octet-stream" : mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String sha256) {
        try {
            return store.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(String filename) {
        if (filename == null || filename.isBlank()) {
            return "file";
        }
        var base = filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
