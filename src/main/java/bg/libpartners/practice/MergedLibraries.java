package bg.libpartners.practice;

import bg.libpartners.directory.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Good practices follow a merge of duplicates in the directory: a practice written for the library that was removed
 * now belongs to the library that stays (its librarians may edit it). The practice's partners are kept by name
 * only, so nothing else refers to an organisation. A plain listener, so it runs inside the merge's transaction.
 */
@Component
class MergedLibraries {

    private final JdbcClient jdbc;

    MergedLibraries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        jdbc.sql("update good_practice set library_ref = ? where library_ref = ?")
                .params(merged.kept().toString(), merged.removed().toString()).update();
    }
}
