package bg.libpartners.partnership;

import bg.libpartners.directory.OrganisationsMerged;
import bg.libpartners.partnership.PartnershipEvents.PartnershipChanged;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partnerships follow a merge of duplicates in the directory: a party, the lead library or the holding chitalishte
 * that was the removed record now is the kept one ({@link Partnership#followMerge}).
 * <p>
 * Through the entities, so every partnership touched moves its version and time of change: a form opened before the
 * merge cannot save the removed organisation back (its version no longer matches), and each one publishes
 * {@link PartnershipChanged} as any other change does. A plain listener, not an {@code @ApplicationModuleListener}:
 * it runs inside the merge's transaction, so a merge is all or nothing — after it no partnership names the removed
 * record, and if re-pointing fails (say a partnership is being saved at the same moment) the merge is undone and can
 * simply be asked for again.
 */
@Component
class PartnershipMergeHandler {

    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;

    PartnershipMergeHandler(Partnerships partnerships, ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.events = events;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long removed = merged.removed().value();
        var naming = partnerships.findNaming(removed);
        long kept = merged.kept().value();
        String name = merged.keptName();
        var now = Instant.now();
        for (var p : naming) {
            p.followMerge(kept, name, removed, now);
            events.publishEvent(new PartnershipChanged(p.getId()));
        }
    }
}
