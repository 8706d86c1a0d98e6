package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesAnIdenticalFileOnce() throws Exception {
        var store = new LocalFileStore(dir);
        var first = store.store(new ByteArrayInputStream("same".getBytes()), 100, FileStore.ANY);
        var second = store.store(new ByteArrayInputStream("same".getBytes()), 100, FileStore.ANY);
        assertThat(first.sha256())
                .isEqualTo(second.sha256())
                .isEqualTo("0967115f2813a3541eaef77de9d9d5773f1c0c04314b0bbfe4ff3b3b1c55b5d5");
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(files()).hasSize(1);
        assertThat(first.key()).isEqualTo("09/67/" + first.sha256());
    }

    @Test
    void refusesAFileOverTheLimitAndKeepsNothing() throws Exception {
        var store = new LocalFileStore(dir);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[2048]), 1024, FileStore.ANY))
                .isInstanceOf(FileTooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aBrokenUploadLeavesNothingBehind() throws Exception {
        var store = new LocalFileStore(dir);
        InputStream broken = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.store(broken, 1_000_000, FileStore.ANY)).isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aRefusedFileLeavesNothingBehind() throws Exception {
        var store = new LocalFileStore(dir);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream("x".getBytes()), 100, staged -> {
                    throw new RefusedFileException("material.file.executable");
                }))
                .isInstanceOf(RefusedFileException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aNewFileIsPendingUntilSettledAndADuplicateNeverIs() throws Exception {
        var store = new LocalFileStore(dir);
        var stored = store.store(new ByteArrayInputStream("ново".getBytes()), 100, FileStore.ANY);
        assertThat(dir.resolve("pending").resolve(stored.sha256())).exists();
        store.settle(stored.sha256());
        assertThat(dir.resolve("pending").resolve(stored.sha256())).doesNotExist();
        store.store(new ByteArrayInputStream("ново".getBytes()), 100, FileStore.ANY);
        assertThat(dir.resolve("pending")).isEmptyDirectory();
        assertThat(files()).hasSize(1);
    }

    @Test
    void aSweepAfterACrashRemovesStaleStagingAndUnusedPendingFilesAndKeepsTheRest() throws Exception {
        var store = new LocalFileStore(dir);
        var hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        // an upload that died while streaming, one still streaming on another node
        var dead = Files.createFile(dir.resolve("staging").resolve("up-1.part"));
        Files.setLastModifiedTime(dead, hourAgo);
        var streaming = Files.createFile(dir.resolve("staging").resolve("up-2.part"));
        // files moved into place whose transaction never settled them: one committed (a record uses it), one not,
        // and one whose transaction may still be running
        var committed = store.store(new ByteArrayInputStream("записан".getBytes()), 100, FileStore.ANY);
        var lost = store.store(new ByteArrayInputStream("изгубен".getBytes()), 100, FileStore.ANY);
        var running = store.store(new ByteArrayInputStream("в ход".getBytes()), 100, FileStore.ANY);
        Files.setLastModifiedTime(dir.resolve("pending").resolve(committed.sha256()), hourAgo);
        Files.setLastModifiedTime(dir.resolve("pending").resolve(lost.sha256()), hourAgo);

        int removed = store.sweep(Duration.ofHours(1), committed.sha256()::equals);

        assertThat(removed).isEqualTo(2);
        assertThat(dead).doesNotExist();
        assertThat(streaming).exists();
        assertThat(store.exists(committed.sha256())).isTrue();
        assertThat(store.exists(lost.sha256())).isFalse();
        assertThat(store.exists(running.sha256())).isTrue();
        try (var left = Files.list(dir.resolve("pending"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(running.sha256());
        }
    }

    /** The stored files and staging files; the pending markers are the store's own bookkeeping. */
    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dir.resolve("pending")))
                    .toList();
        }
    }
}
