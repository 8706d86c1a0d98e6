package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    final AtomicInteger computed = new AtomicInteger();

    final FigureSource partnerships = new FigureSource() {
        @Override
        public String section() {
            return "partnership";
        }

        @Override
        public List<Figure> figures(InsightScope scope) {
            return List.of(Figure.count("all", computed.incrementAndGet(), null));
        }
    };

    final FigureCache cache = new FigureCache(List.of(partnerships),
            new InsightProperties(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(2), "0 0 7 1 * *"),
            Clock.systemUTC(), bg.libpartners.platform.nodes.NodeSignals.local());

    @Test
    void manyChangesInOnePeriodCostOneRecomputationAtItsEnd() throws InterruptedException {
        var national = InsightScope.national();
        assertThat(cache.figures("partnership", national).figures().get(0).value()).isEqualTo(1L);

        for (int i = 0; i < 5_000; i++) {
            cache.on(new FiguresChanged("partnership"));
        }
        // nothing is recomputed while the changes come in: the cached figures are still served
        assertThat(computed).hasValue(1);
        assertThat(cache.changed()).containsExactly("partnership");

        cache.refreshChanged();
        assertThat(cache.changed()).isEmpty();
        // the refresh runs in the background: wait until its figures are in (counting comes a moment before that)
        for (int i = 0; i < 200 && !Long.valueOf(2L).equals(cache.figures("partnership", national).figures().get(0)
                .value()); i++) {
            Thread.sleep(10);
        }
        assertThat(computed).hasValue(2);
        assertThat(cache.figures("partnership", national).figures().get(0).value()).isEqualTo(2L);

        // a period without changes recomputes nothing
        cache.refreshChanged();
        Thread.sleep(50);
        assertThat(computed).hasValue(2);
    }
}
