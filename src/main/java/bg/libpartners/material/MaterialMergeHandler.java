package bg.libpartners.material;

import bg.libpartners.directory.OrganisationsMerged;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Materials follow a merge of duplicates in the directory: those shared by the library that was removed are the kept
 * library's now (and its oblast's, when it has one). Through the entities, so the version and time of change move and
 * the search index hears it; a plain listener, inside the merge's transaction, so a merge is all or nothing.
 */
@Component
class MaterialMergeHandler {

    private final Materials materials;

    MaterialMergeHandler(Materials materials) {
        this.materials = materials;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        var shared = materials.findByLibraryRef(merged.removed().toString());
        String oblast = merged.keptOblastCode();
        var now = Instant.now();
        shared.forEach(m -> m.followMerge(merged.kept().toString(), oblast, now));
    }
}
