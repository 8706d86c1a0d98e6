package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.geography.Geography;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
