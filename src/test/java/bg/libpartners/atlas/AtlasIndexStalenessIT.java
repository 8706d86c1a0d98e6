package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * After a change, the previous atlas index answers while its rebuild runs, for at most the stale window; with no
 * window (the test profile's setting) a changed table always sends the caller to SQL.
 */
@IntegrationTest
class AtlasIndexStalenessIT {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private AtlasIndex index(Duration staleFor) {
        return index(staleFor, Duration.ZERO);
    }

    private AtlasIndex index(Duration staleFor, Duration pause) {
        return new AtlasIndex(dataSource, transactions, new AtlasProperties("",
                new AtlasProperties.Index(true, Duration.ZERO, Duration.ofMinutes(10), staleFor, pause)));
    }

    /** Moves one organisation's updated_at past every other, as an edit would. */
    private void touchAnOrganisation() {
        var latest = jdbc.sql("select max(updated_at) from organisation").query(java.sql.Timestamp.class).single();
        var later = java.sql.Timestamp.from(latest.toInstant().plusSeconds(3600));
        jdbc.sql("update organisation set updated_at = ? where id = (select min(id) from organisation)")
                .param(later).update();
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
        assertThat(strict.fresh()).as("stale and no window: the caller asks the database").isNull();
    }

    @Test
    void aChangeSoonAfterABuildWaitsForThePauseWhileTheStaleIndexAnswers() throws InterruptedException {
        var paused = index(Duration.ofMinutes(5), Duration.ofHours(1));
        var built = paused.rebuild();

        touchAnOrganisation();
        paused.changed();

        Thread.sleep(500); // a build without the pause would have started at once
        assertThat(paused.fresh()).as("no second build within the pause; the stale index still answers")
                .isSameAs(built);
    }
}
