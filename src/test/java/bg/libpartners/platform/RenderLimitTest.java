package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderLimitTest {

    @Test
    void noMoreLayoutsRunAtOnceThanThePermits() throws Exception {
        var limit = new RenderLimit(2);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var release = new CountDownLatch(1);
        var done = new CountDownLatch(8);
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                pool.execute(() -> {
                    limit.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                    });
                    done.countDown();
                });
            }
            while (limit.waiting() < 6) { // two hold the permits, six queue behind them
                Thread.onSpinWait();
            }
            assertThat(running.get()).isEqualTo(2);
            release.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(most.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLayoutGivesItsPermitBack() {
        var limit = new RenderLimit(1);
        assertThatThrownBy(() -> limit.run(() -> {
                    throw new IOException("disk full");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
        var ran = new AtomicInteger();
        limit.run(ran::incrementAndGet);
        assertThat(ran.get()).isEqualTo(1);
    }
}
