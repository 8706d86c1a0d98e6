package bg.libpartners.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds how many PDF documents (agreements, brochures) are laid out at once. A layout holds its fonts, boxes and
 * pictures in memory for a while, and twenty at once ran a 2 GB heap out of memory at world scale; beyond the
 * number of processors they only wait for a core anyway, so the others wait here, in order
 * ({@code libpartners.documents.concurrent-renders}, default: the number of processors).
 */
@Component
public class RenderLimit {

    /** A layout that writes somewhere and may fail to. */
    @FunctionalInterface
    public interface Render {
        void run() throws IOException;
    }

    private final Semaphore permits;

    @Autowired
    RenderLimit(LibPartnersProperties properties) {
        this(properties.documents().concurrentRenders());
    }

    RenderLimit(int concurrent) {
        this.permits =
                new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
    }

    /** How many layouts wait for a permit now (for tests). */
    int waiting() {
        return permits.getQueueLength();
    }

    public void run(Render render) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to lay out a document", e);
        }
        try {
            render.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            permits.release();
        }
    }
}
