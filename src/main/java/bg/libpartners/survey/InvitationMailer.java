package bg.libpartners.survey;

import bg.libpartners.platform.Mailer;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the personal links of a launched campaign in the background, at most {@code mails-per-second}. Each mail is
 * first recorded as sent (its link and a {@code survey_sent} row, committed) and then handed to the mail server: a
 * crash in between loses that one mail, which the coordinator sees as not sent and gives by phone, but nothing is
 * ever sent twice. One node at a time (ShedLock).
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final JdbcTemplate jdbc;
    private final InvitationStore invitations;
    private final Mailer mailer;
    private final CampaignService campaigns;
    private final SurveyProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    InvitationMailer(
            JdbcTemplate jdbc,
            InvitationStore invitations,
            Mailer mailer,
            CampaignService campaigns,
            SurveyProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.mailer = mailer;
        this.campaigns = campaigns;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${libpartners.survey.mail-pause:PT5S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "survey.mailer", lockAtMostFor = "PT10M")
    void run() {
        sendPending();
    }

    /** Sends one batch of pending invitations; returns how many mails the server accepted. */
    int sendPending() {
        settleUnreachable();
        record Pending(
                long id,
                long campaignId,
                long organisationId,
                String name,
                String email,
                String title,
                java.sql.Date closesOn) {}
        List<Pending> batch = jdbc.query(
                "select i.id, i.campaign_id, i.organisation_id, i.organisation_name, i.email,"
                        + " c.title, c.closes_on from survey_invitation i join survey_campaign c on c.id = i.campaign_id"
                        + " where i.mail_state = 'PENDING' and c.status = 'OPEN' order by i.id fetch first ? rows only",
                (rs, n) -> new Pending(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDate(7)),
                properties.mailBatch());
        long gapNanos = 1_000_000_000L / properties.mailsPerSecond();
        int sent = 0;
        long next = System.nanoTime();
        for (var p : batch) {
            String token = LinkTokens.generate();
            Boolean claimed = tx.execute(s -> {
                if (jdbc.update(
                                "update survey_invitation set mail_state = 'SENT' where id = ? and mail_state = 'PENDING'",
                                p.id())
                        == 0) {
                    return false;
                }
                if (!invitations.recordSent(p.campaignId(), p.organisationId(), "INVITE", "EMAIL", clock.instant())) {
                    return false;
                }
                invitations.issueLink(p.id(), LinkTokens.hash(token), "EMAIL", null, clock.instant());
                return true;
            });
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(wait);
            }
            next = Math.max(next, System.nanoTime()) + gapNanos;
            boolean ok = mailer.send(
                    p.email(),
                    Inventory.BG,
                    "survey.mail.invite",
                    p.title(),
                    SurveyFormat.date(p.closesOn().toLocalDate()),
                    campaigns.linkOf(token),
                    p.name());
            if (ok) {
                sent++;
            } else {
                invitations.mailState(p.id(), "FAILED");
            }
        }
        if (!batch.isEmpty()) {
            log.info("Survey invitations: {} of {} mailed", sent, batch.size());
        }
        return sent;
    }

    /**
     * How many invitations still wait for their mail: those of open campaigns with an address (the ones the next
     * rounds will send). It settles at 0; an invitation without an address is {@code NO_ADDRESS}, never pending.
     */
    long pending() {
        return jdbc.queryForObject(
                "select count(*) from survey_invitation i join survey_campaign c"
                        + " on c.id = i.campaign_id where i.mail_state = 'PENDING' and c.status = 'OPEN'",
                Long.class);
    }

    /**
     * A pending invitation without a usable address (from before {@code NO_ADDRESS} existed, or an address that was
     * never one) will never be mailed: it becomes {@code NO_ADDRESS}, for the coordinator to hand a link over.
     */
    int settleUnreachable() {
        return jdbc.update("update survey_invitation set mail_state = 'NO_ADDRESS' where mail_state = 'PENDING'"
                + " and (email is null or email not like '%@%')");
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
