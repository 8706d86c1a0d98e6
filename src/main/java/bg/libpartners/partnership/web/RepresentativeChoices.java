package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.BoardAndStaff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * Who may sign for each party, from the directory's board and staff records ("name, position": the chitalishte's
 * chair first, else the head of staff), offered as a type-ahead beside each representative field. A form opened
 * afresh gets the first of them where the representative is still empty: a pre-filled value that the person edits
 * for this agreement as they like (what they save is the partnership's own, the directory is not changed). Only the
 * boards and staffs whose names the person may see are offered (names are personal data: see {@link BoardAndStaff}).
 */
final class RepresentativeChoices {

    private RepresentativeChoices() {}

    static void offer(BoardAndStaff boards, CurrentUser me, PartnershipForm form, Model model, boolean fillEmpty) {
        Map<Long, List<String>> choices = new LinkedHashMap<>();
        var parties = new ArrayList<PartnershipForm.PartyForm>();
        if (form.getLeadLibraryId() != null) {
            form.getLead().setOrganisationId(form.getLeadLibraryId());
            parties.add(form.getLead());
        }
        parties.addAll(form.getParties());
        for (var party : parties) {
            if (party.getOrganisationId() == null) {
                continue;
            }
            var signatories = choices.computeIfAbsent(party.getOrganisationId(), id -> boards.signatories(me, id));
            if (fillEmpty
                    && (party.getRepresentative() == null
                            || party.getRepresentative().isBlank())
                    && !signatories.isEmpty()) {
                party.setRepresentative(signatories.get(0));
            }
        }
        model.addAttribute("representativeChoices", choices);
    }
}
