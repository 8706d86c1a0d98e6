package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchGateTest {

    @Test
    void noMoreThanItsPermitsRunAtOnceAndEveryoneGetsATurn() throws Exception {
        var gate = new SearchGate(2);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var searches = new ArrayList<CompletableFuture<Integer>>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                searches.add(CompletableFuture.supplyAsync(
                        () -> gate.run(() -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            running.decrementAndGet();
                            return n;
                        }),
                        pool));
            }
            for (int i = 0; i < searches.size(); i++) {
                assertThat(searches.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(gate.available()).isEqualTo(2);
    }

    @Test
    void aSearchInsideAnotherDoesNotWaitForItself() {
        var gate = new SearchGate(1);
        assertThat(gate.run(() -> gate.run(() -> "inner"))).isEqualTo("inner");
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aFailedSearchGivesItsTurnBack() {
        var gate = new SearchGate(1);
        assertThatThrownBy(() -> gate.run(() -> {
                    throw new IllegalArgumentException("bad question");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(gate.available()).isEqualTo(1);
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void zeroMeansOnePerCore() {
        assertThat(new SearchGate(0).available()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
