package bg.libpartners.survey;

import bg.libpartners.directory.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Surveys follow a merge of duplicates in the directory ({@link InvitationStore#followMerge}). The survey keeps its
 * rows with plain statements (a launch writes thousands at once) and they carry no version: nobody edits an
 * invitation in a form, and an answer is keyed by its link, not by the organisation. A plain listener, inside the
 * merge's transaction, so a merge is all or nothing.
 */
@Component
class SurveyMergeHandler {

    private final InvitationStore invitations;

    SurveyMergeHandler(InvitationStore invitations) {
        this.invitations = invitations;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        long kept = merged.kept().value();
        String name = merged.keptName();
        invitations.followMerge(kept, name, merged.removed().value());
    }
}
