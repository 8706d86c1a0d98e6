package bg.libpartners.survey;

import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.Mailer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds those who have not submitted, on the campaign's reminder days before its last day: a notice to those with
 * an account, a mail with a fresh personal link to the register's e-mail of the others. Each (organisation, stage)
 * is recorded in {@code survey_sent} before it goes, so a rerun on another node or after a restart sends nothing
 * twice; when a day was missed only the latest stage due is sent. Campaigns past their last day are closed.
 */
@Component
class SurveyReminderJob {

    private final JdbcTemplate jdbc;
    private final Campaigns campaigns;
    private final InvitationStore invitations;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final CampaignService campaignService;
    private final TransactionTemplate tx;
    private final Clock clock;

    SurveyReminderJob(
            JdbcTemplate jdbc,
            Campaigns campaigns,
            InvitationStore invitations,
            ApplicationEventPublisher events,
            Mailer mailer,
            CampaignService campaignService,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.events = events;
        this.mailer = mailer;
        this.campaignService = campaignService;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Europe/Sofia")
    @SchedulerLock(name = "survey.reminders", lockAtMostFor = "PT2H")
    void daily() {
        sendDue();
    }

    /** @return how many reminders went out (notices and mails) */
    int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(SurveyClock.SOFIA));
        int count = 0;
        for (var c : campaigns.findByStatusOrderByClosesOn(CampaignStatus.OPEN)) {
            if (today.isAfter(c.getClosesOn())) {
                tx.executeWithoutResult(s -> campaigns.findById(c.getId()).ifPresent(x -> {
                    x.close();
                    campaigns.save(x);
                }));
                continue;
            }
            Integer due = c.getReminderDays().stream()
                    .filter(d -> !today.isBefore(c.getClosesOn().minusDays(d)))
                    .min(Integer::compare)
                    .orElse(null);
            if (due != null && !today.isBefore(c.getOpensOn())) {
                count += remind(c, "REMIND-" + due);
            }
        }
        return count;
    }

    private int remind(Campaign c, String stage) {
        var open = jdbc.query(
                "select " + InvitationStore.COLUMNS + " from survey_invitation i where i.campaign_id = ?"
                        + " and i.status <> 'SUBMITTED' and not exists (select 1 from survey_sent s where s.campaign_id ="
                        + " i.campaign_id and s.organisation_id = i.organisation_id and s.stage = ?) order by i.id",
                invitations::row,
                c.getId(),
                stage);
        var audience = new ArrayList<Notice.Audience>();
        var mails = new ArrayList<String[]>();
        tx.executeWithoutResult(s -> {
            for (var inv : open) {
                if (inv.hasAccount()) {
                    if (invitations.recordSent(c.getId(), inv.organisationId(), stage, "NOTICE", clock.instant())) {
                        boolean library = "LIBRARY".equals(inv.kind());
                        audience.add(Notice.Audience.scoped(
                                library ? Role.LIBRARIAN : Role.BOARD_MEMBER,
                                library ? ScopeKind.LIBRARY : ScopeKind.CHITALISHTE,
                                inv.organisationId()));
                    }
                } else if (inv.email() != null
                        && invitations.recordSent(c.getId(), inv.organisationId(), stage, "EMAIL", clock.instant())) {
                    String token = LinkTokens.generate();
                    invitations.issueLink(inv.id(), LinkTokens.hash(token), "EMAIL", null, clock.instant());
                    mails.add(new String[] {inv.email(), campaignService.linkOf(token), inv.organisationName()});
                }
            }
            if (!audience.isEmpty()) {
                events.publishEvent(new Notice(
                        "survey.reminder",
                        audience,
                        "survey.notice.reminder",
                        List.of(c.getTitle(), c.getClosesOn().toString()),
                        "/surveys/mine",
                        "survey.reminder:" + c.getId() + ":" + stage));
            }
        });
        String closes = SurveyFormat.date(c.getClosesOn());
        for (var m : mails) {
            mailer.send(m[0], Inventory.BG, "survey.mail.reminder", c.getTitle(), closes, m[1], m[2]);
        }
        return audience.size() + mails.size();
    }
}
