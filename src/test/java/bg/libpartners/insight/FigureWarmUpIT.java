package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.RequestActivity;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The warm-up's pass: what the first visitors of the programme and of each oblast would otherwise wait for. */
@IntegrationTest
class FigureWarmUpIT {

    @Autowired
    FigureCache cache;

    @Autowired
    FigureWarmUp warmUp;

    @Autowired
    Geography geography;

    @Autowired
    InsightProperties properties;

    @Autowired
    RequestActivity activity;

    @Test
    void aPassComputesTheProgrammeAndEveryOblastWithoutFilters() {
        // off in the tests' settings: nothing is computed behind a test's back
        assertThat(properties.warmUp()).isFalse();
        cache.clear();
        assertThat(cache.cached("partnership", InsightScope.national())).isFalse();

        warmUp.pass();

        assertThat(geography.oblasts()).hasSize(28);
        for (var section : cache.sections()) {
            assertThat(cache.cached(section, InsightScope.national()))
                    .as(section)
                    .isTrue();
            for (var oblast : geography.oblasts()) {
                assertThat(cache.cached(section, new InsightScope(oblast.code(), null, null)))
                        .as(section + " " + oblast.code())
                        .isTrue();
            }
        }
        // a filter is computed at its first visit, not by the warm-up
        assertThat(cache.cached("partnership", new InsightScope("PDV", null, null, null, "NGO")))
                .isFalse();
        assertThat(cache.cached("partnership", new InsightScope("PDV", null, 2026)))
                .isFalse();
    }

    @Test
    void aPassWaitsWhileARequestRuns() throws Exception {
        cache.clear();
        var requestRuns = new CountDownLatch(1);
        var requestMayEnd = new CountDownLatch(1);
        var request = CompletableFuture.runAsync(() -> {
            try {
                activity.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
                    requestRuns.countDown();
                    try {
                        requestMayEnd.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(requestRuns.await(5, TimeUnit.SECONDS)).isTrue();
        var pass = CompletableFuture.runAsync(warmUp::pass);

        Thread.sleep(FigureWarmUp.QUIET.toMillis() * 3);
        assertThat(pass).isNotDone();
        assertThat(cache.cached(cache.sections().get(0), InsightScope.national()))
                .isFalse();

        requestMayEnd.countDown();
        request.get(5, TimeUnit.SECONDS);
        pass.get(2, TimeUnit.MINUTES);
        assertThat(cache.cached(cache.sections().get(0), InsightScope.national()))
                .isTrue();
    }
}
