package bg.libpartners.atlas;

import bg.libpartners.atlas.index.AtlasIndex;
import bg.libpartners.directory.OrganisationPositionsChanged;
import bg.libpartners.directory.OrganisationsMerged;
import bg.libpartners.partnership.PartnershipEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the atlas hears from the other modules: any partnership event, any merge of organisations and any moved point
 * (a pin, a coordinates import) makes the in-memory index stale, after the change was committed (Spring Modulith's
 * listener: asynchronous, after commit, recorded in the event publication registry and resubmitted at start if a
 * node stopped before it ran).
 */
@Component
class AtlasChangeListener {

    private final AtlasIndex index;

    AtlasChangeListener(AtlasIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(PartnershipEvents.Event happened) {
        index.changed();
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        index.changed();
    }

    /** A pin or a coordinates import moved organisations: their points in the index are stale. */
    @ApplicationModuleListener
    void on(OrganisationPositionsChanged moved) {
        index.changed();
    }
}
