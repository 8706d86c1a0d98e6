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

    final FigureCache cache = new FigureCache(
            List.of(partnerships),
            new InsightProperties(
                    Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(2), "0 0 7 1 * *", false),
            Clock.systemUTC(),
            bg.libpartners.platform.nodes.NodeSignals.local(),
            Runnable::run);

    @Test
    void manyChangesInOnePeriodCostOneRecomputationAtItsEnd() {
        var national = InsightScope.national();
        assertThat(cache.figures("partnership", national).figures().get(0).value())
                .isEqualTo(1L);

        for (int i = 0; i < 5_000; i++) {
            cache.on(new FiguresChanged("partnership"));
        }
        // nothing is recomputed while the changes come in: the cached figures are still served
        assertThat(computed).hasValue(1);
        assertThat(cache.changed()).containsExactly("partnership");

        cache.refreshChanged();
        assertThat(cache.changed()).isEmpty();
        // the refresh runs on the cache's executor: here the calling thread, so it is done when refreshChanged returns
        assertThat(computed).hasValue(2);
        assertThat(cache.figures("partnership", national).figures().get(0).value())
                .isEqualTo(2L);

        // a period without changes recomputes nothing
        cache.refreshChanged();
        assertThat(computed).hasValue(2);
    }

    @Test
    void scopesDifferingOnlyByAFilterTheSectionDoesNotReadShareOneComputation() {
        var events = new AtomicInteger();
        var typeBlind = new FigureSource() {
            @Override
            public String section() {
                return "event";
            }

            @Override
            public InsightScope scopeRead(InsightScope scope) {
                return new InsightScope(scope.oblast(), scope.organisationId(), scope.year());
            }

            @Override
            public List<Figure> figures(InsightScope scope) {
                return List.of(Figure.count("all", events.incrementAndGet(), null));
            }
        };
        var both = new FigureCache(
                List.of(partnerships, typeBlind),
                new InsightProperties(
                        Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(2), "0 0 7 1 * *", false),
                Clock.systemUTC(),
                bg.libpartners.platform.nodes.NodeSignals.local(),
                Runnable::run);
        var all = new InsightScope("PDV", null, 2026, null, null);
        var ngo = new InsightScope("PDV", null, 2026, null, "NGO");
        both.figures("event", all);
        both.figures("event", ngo);
        both.figures("partnership", all);
        both.figures("partnership", ngo);
        // the events do not read the partner type: one computation; the partnerships do: two
        assertThat(events).hasValue(1);
        assertThat(computed).hasValue(2);
        // another oblast is another computation
        both.figures("event", new InsightScope("VAR", null, 2026, null, "NGO"));
        assertThat(events).hasValue(2);
    }
}
