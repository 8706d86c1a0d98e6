package bg.libpartners.support;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.directory.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Support requests follow a merge of duplicates in the directory: a request asked for the library or chitalishte that
 * was removed is the kept one's now (its librarians see it). Through the entities, so the version moves; a plain
 * listener, inside the merge's transaction, so a merge is all or nothing.
 */
@Component
class MergedSupportRequests {

    private final SupportRequests requests;
    private final Directory directory;

    MergedSupportRequests(SupportRequests requests, Directory directory) {
        this.requests = requests;
        this.directory = directory;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long removed = merged.removed().value();
        var asked = requests.findNaming(removed);
        if (asked.isEmpty()) {
            return;
        }
        long kept = merged.kept().value();
        String name = directory.findOptional(kept).map(OrganisationSummary::name).orElseThrow();
        asked.forEach(r -> r.followMerge(kept, name, removed));
    }
}
