package bg.libpartners.event;

import bg.libpartners.directory.OrganisationsMerged;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Events follow a merge of duplicates in the directory: an event held for the library or chitalishte that was
 * removed is held for the kept one, and an invitation to the removed organisation (an audience key) invites the kept
 * one. Through the entities, so the version and time of change move; a plain listener,
 * inside the merge's transaction, so a merge is all or nothing.
 */
@Component
class EventMergeHandler {

    private final Events events;

    EventMergeHandler(Events events) {
        this.events = events;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long removed = merged.removed().value();
        var now = Instant.now();
        var keys = java.util.List.of("LIBRARY:" + removed, "CHITALISHTE:" + removed, "ORGANISATION:" + removed);
        events.findNaming(removed, keys)
                .forEach(e -> e.followMerge(merged.kept().value(), removed, now));
    }
}
