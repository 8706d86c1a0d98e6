package bg.libpartners.practice;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.directory.OrganisationsMerged;
import bg.libpartners.platform.SqlInstants;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Good practices follow a merge of duplicates in the directory: a practice written for the library that was removed
 * now belongs to the library that stays (its librarians may edit it), and to that library's oblast for moderation
 * when it has one. The practice's partners are kept by name
 * only, so nothing else refers to an organisation. A plain listener, so it runs inside the merge's transaction; the
 * practice's version and time of change move, so a form opened before the merge gets a conflict instead of writing
 * the removed library back.
 */
@Component
class MergedLibraries {

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Directory directory;

    MergedLibraries(JdbcClient jdbc, SqlInstants instants, Directory directory) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.directory = directory;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        String oblast = directory.findOptional(merged.kept().value()).map(OrganisationSummary::oblastCode).orElse(null);
        jdbc.sql("update good_practice set library_ref = ?, oblast_code = coalesce(?, oblast_code),"
                        + " version = version + 1, updated_at = ? where library_ref = ?")
                .params(merged.kept().toString(), oblast, instants.bind(java.time.Instant.now()),
                        merged.removed().toString()).update();
    }
}
