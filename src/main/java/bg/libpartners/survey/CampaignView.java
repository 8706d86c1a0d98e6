package bg.libpartners.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A campaign as pages and the API show it. */
public record CampaignView(
        long id,
        String title,
        String purpose,
        LocalDate opensOn,
        LocalDate closesOn,
        long questionnaireId,
        CampaignStatus status,
        Set<String> oblasts,
        Set<String> municipalities,
        Set<String> kinds,
        Set<String> statuses,
        List<Long> picked,
        List<Integer> reminderDays,
        Instant createdAt,
        Instant launchedAt,
        long version) {

    static CampaignView of(Campaign c) {
        return new CampaignView(
                c.getId(),
                c.getTitle(),
                c.getPurpose(),
                c.getOpensOn(),
                c.getClosesOn(),
                c.getQuestionnaireId(),
                c.getStatus(),
                c.getOblasts(),
                c.getMunicipalities(),
                c.getKinds(),
                c.getStatuses(),
                c.getPicked(),
                c.getReminderDays(),
                c.getCreatedAt(),
                c.getLaunchedAt(),
                c.getVersion());
    }
}
