package bg.libpartners.partnership;

import bg.libpartners.directory.OrganisationsMerged;
import bg.libpartners.platform.SqlInstants;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partnerships follow a merge of duplicates in the directory: a party, the lead library or the holding chitalishte
 * that was the removed record now is the kept one. A plain listener, so it runs inside the merge's transaction. Every
 * partnership touched moves its version and time of change first, so a form opened before the merge cannot save the
 * removed organisation back (its version no longer matches) and the read models see the change.
 */
@Component
class MergedParties {

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    MergedParties(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long kept = merged.kept().value();
        long removed = merged.removed().value();
        jdbc.sql("""
                update partnership set version = version + 1, updated_at = ?
                where lead_library_id = ? or holder_id = ?
                   or id in (select partnership_id from partnership_party where organisation_id = ?)""")
                .params(instants.bind(java.time.Instant.now()), removed, removed, removed).update();
        jdbc.sql("update partnership_party set organisation_id = ? where organisation_id = ?").params(kept, removed)
                .update();
        jdbc.sql("update partnership set lead_library_id = ? where lead_library_id = ?").params(kept, removed)
                .update();
        jdbc.sql("update partnership set holder_id = ? where holder_id = ?").params(kept, removed).update();
    }
}
