package bg.libpartners.practice;

import bg.libpartners.directory.OrganisationsMerged;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Good practices follow a merge of duplicates in the directory: a practice written for the library that was removed
 * now belongs to the library that stays (its librarians may edit it), and to that library's oblast for moderation
 * when it has one. The practice's partners are kept by name only, so nothing else refers to an organisation.
 * <p>
 * Through the entities, so the version and the time of change move (a form opened before the merge gets a conflict
 * instead of writing the removed library back) and the search index hears the change. A plain listener, not an
 * {@code @ApplicationModuleListener}: it runs inside the merge's transaction, so a merge is all or nothing — no
 * practice is left naming a record that is gone, and a failure here undoes the merge.
 */
@Component
class PracticeMergeHandler {

    private final Practices practices;

    PracticeMergeHandler(Practices practices) {
        this.practices = practices;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        var written = practices.findByLibraryRef(merged.removed().toString());
        String oblast = merged.keptOblastCode();
        var now = Instant.now();
        written.forEach(p -> p.followMerge(merged.kept().toString(), oblast, now));
    }
}
