package bg.libpartners.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new campaign as the form and the API give it. The audience is the oblasts, municipalities, kinds
 * ({@code LIBRARY}, {@code CHITALISHTE}) and register statuses given, or the hand-picked organisations; a coordinator's
 * campaign stays within their oblasts. Reminder days before the last day default to 7 and 2.
 */
public record CampaignInput(
        String title,
        String purpose,
        LocalDate opensOn,
        LocalDate closesOn,
        Long questionnaireId,
        Set<String> oblasts,
        Set<String> municipalities,
        Set<String> kinds,
        Set<String> statuses,
        List<Long> picked,
        List<Integer> reminderDays) {

    public CampaignInput {
        oblasts = oblasts == null ? Set.of() : oblasts;
        municipalities = municipalities == null ? Set.of() : municipalities;
        kinds = kinds == null || kinds.isEmpty() ? Set.of("LIBRARY", "CHITALISHTE") : kinds;
        statuses = statuses == null ? Set.of() : statuses;
        picked = picked == null ? List.of() : picked;
        reminderDays = reminderDays == null || reminderDays.isEmpty() ? List.of(7, 2) : reminderDays;
    }
}
