package bg.libpartners.support;

import bg.libpartners.directory.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Support requests follow a merge of duplicates in the directory: a request asked for the library or chitalishte that
 * was removed is the kept one's now (its librarians see it). Through the entities, so the version moves; a plain
 * listener, inside the merge's transaction, so a merge is all or nothing.
 */
@Component
class SupportMergeHandler {

    private final SupportRequests requests;

    SupportMergeHandler(SupportRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long removed = merged.removed().value();
        var asked = requests.findNaming(removed);
        long kept = merged.kept().value();
        String name = merged.keptName();
        asked.forEach(r -> r.followMerge(kept, name, removed));
    }
}
