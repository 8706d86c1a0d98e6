package bg.libpartners.funding;

import bg.libpartners.directory.OrganisationsMerged;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applications and grants follow a merge of duplicates in the directory: those of the library that was removed are
 * the kept library's now. The partners named in an application's co-financing stay as they were written (a record
 * of what was applied for). Through the entities, so versions and times of change move; a plain listener, inside the
 * merge's transaction, so a merge is all or nothing.
 */
@Component
class FundingMergeHandler {

    private final Applications applications;
    private final Grants grants;

    FundingMergeHandler(Applications applications, Grants grants) {
        this.applications = applications;
        this.grants = grants;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long removed = merged.removed().value();
        var applied = applications.findByLibraryId(removed);
        var granted = grants.findByLibraryId(removed);
        long kept = merged.kept().value();
        String name = merged.keptName();
        var now = Instant.now();
        applied.forEach(a -> a.followMerge(kept, name, now));
        granted.forEach(g -> g.followMerge(kept, name));
    }
}
