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
        var done = new CountDownLatch(8);
        var pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            pool.execute(() -> {
                limit.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                });
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aFailedLayoutGivesItsPermitBack() {
        var limit = new RenderLimit(1);
        assertThatThrownBy(() -> limit.run(() -> {
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        var ran = new AtomicInteger();
        limit.run(ran::incrementAndGet);
        assertThat(ran.get()).isEqualTo(1);
    }
}
