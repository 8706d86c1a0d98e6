package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.atlas.index.AtlasIndex;
import bg.libpartners.partnership.PartnershipEvents.PartnershipChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The atlas hears of a partnership's change through the partnership module's event, delivered after commit by
 * Spring Modulith's event publication registry: the index built before it no longer answers, though the tables'
 * fingerprint did not move, and the publication is completed (deleted from the registry).
 */
@IntegrationTest
@EnableScenarios
class AtlasChangeListenerIT {

    @Autowired
    AtlasIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnershipEventMakesTheIndexStaleAndTheRegistryCompletesIt(Scenario scenario) {
        var built = index.rebuild();
        assertThat(index.fresh()).isSameAs(built);

        scenario.publish(new PartnershipChanged(42L))
                .andWaitForStateChange(() -> index.fresh() != built)
                .andVerify(stale -> {
                    assertThat(stale).isTrue();
                    assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null"
                                            + " and event_type like '%PartnershipChanged'")
                                    .query(Long.class)
                                    .single())
                            .as("no publication left incomplete")
                            .isZero();
                });
    }
}
