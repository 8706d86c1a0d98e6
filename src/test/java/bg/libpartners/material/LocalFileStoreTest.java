package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {

    @TempDir Path dir;

    @Test
    void storesAnIdenticalFileOnce() throws Exception {
        var store = new LocalFileStore(dir);
        var first = store.store(new ByteArrayInputStream("same".getBytes()), 100, FileStore.ANY);
        var second = store.store(new ByteArrayInputStream("same".getBytes()), 100, FileStore.ANY);
        assertThat(first.sha256()).isEqualTo(second.sha256())
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
        })).isInstanceOf(RefusedFileException.class);
        assertThat(files()).isEmpty();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
