package bg.libpartners.material;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, what a crash left in the file store: staging files of uploads that never finished, and files moved
 * into place whose transaction never settled them (kept if a committed record uses them, removed otherwise). Only
 * what was untouched for an hour is looked at, so another node's upload in flight is left alone.
 */
@Component
class StoredFileSweeper implements ApplicationRunner {

    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(StoredFileSweeper.class);

    private final FileStore store;
    private final Materials materials;
    private final List<StoredFileOwner> owners;

    StoredFileSweeper(FileStore store, Materials materials, List<StoredFileOwner> owners) {
        this.store = store;
        this.materials = materials;
        this.owners = owners;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int removed = sweep(GRACE);
            if (removed > 0) {
                log.info("removed {} files left behind by an interrupted upload or transaction", removed);
            }
        } catch (IOException e) {
            log.warn("could not sweep the file store; it is tried again at the next start", e);
        }
    }

    int sweep(Duration grace) throws IOException {
        return store.sweep(grace, this::used);
    }

    private boolean used(String sha256) {
        return materials.versionsWithFile(sha256) > 0 || owners.stream().anyMatch(o -> o.uses(sha256));
    }
}
