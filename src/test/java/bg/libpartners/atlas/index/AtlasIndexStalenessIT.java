package bg.libpartners.atlas.index;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.atlas.AtlasProperties;
import bg.libpartners.directory.OrganisationPoints;
import bg.libpartners.partnership.PartnershipGraph;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * After a change, the previous atlas index answers while its rebuild runs, for at most the stale window; with no
 * window (the test profile's setting) a changed table always sends the caller to SQL. The test's own indexes stop
 * their threads afterwards, and the organisation it touched gets its time of change back: the context is shared.
 */
@IntegrationTest
class AtlasIndexStalenessIT {

    @Autowired
    OrganisationPoints points;

    @Autowired
    PartnershipGraph graph;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private final List<AtlasIndex> made = new ArrayList<>();
    private Long touchedId;
    private Timestamp touchedWas;

    @AfterEach
    void restore() {
        made.forEach(AtlasIndex::stop);
        made.clear();
        if (touchedId != null) {
            jdbc.sql("update organisation set updated_at = ? where id = ?")
                    .params(touchedWas, touchedId)
                    .update();
            touchedId = null;
        }
    }

    private AtlasIndex index(Duration staleFor) {
        return index(staleFor, Duration.ZERO);
    }

    private AtlasIndex index(Duration staleFor, Duration pause) {
        var index = new AtlasIndex(
                points,
                graph,
                transactions,
                new AtlasProperties(
                        "", new AtlasProperties.Index(true, Duration.ZERO, Duration.ofMinutes(10), staleFor, pause)),
                new SimpleMeterRegistry());
        made.add(index);
        return index;
    }

    /** Moves one organisation's updated_at past every other, as an edit would. */
    private void touchAnOrganisation() {
        var latest = jdbc.sql("select max(updated_at) from organisation")
                .query(Timestamp.class)
                .single();
        var later = Timestamp.from(latest.toInstant().plusSeconds(3600));
        touchedId =
                jdbc.sql("select min(id) from organisation").query(Long.class).single();
        touchedWas = jdbc.sql("select updated_at from organisation where id = ?")
                .param(touchedId)
                .query(Timestamp.class)
                .single();
        jdbc.sql("update organisation set updated_at = ? where id = ?")
                .params(later, touchedId)
                .update();
    }

    @Test
    void thePreviousIndexAnswersWithinTheStaleWindowAndNotWithoutOne() {
        var lenient = index(Duration.ofMinutes(5));
        var strict = index(Duration.ZERO);
        var lenientBuilt = lenient.rebuild();
        strict.rebuild();
        assertThat(lenient.fresh()).isSameAs(lenientBuilt);

        touchAnOrganisation();

        assertThat(lenient.fresh()).as("stale but within the window").isSameAs(lenientBuilt);
        assertThat(strict.fresh())
                .as("stale and no window: the caller asks the database")
                .isNull();
    }

    @Test
    void aChangeSoonAfterABuildWaitsForThePauseWhileTheStaleIndexAnswers() throws Exception {
        var paused = index(Duration.ofMinutes(5), Duration.ofHours(1));
        var built = paused.rebuild();

        touchAnOrganisation();
        paused.changed();

        // a build without the pause would be due at once, and so would have run before this returns
        paused.buildsDueNow().get(1, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(paused.fresh())
                .as("no second build within the pause; the stale index still answers")
                .isSameAs(built);
    }
}
