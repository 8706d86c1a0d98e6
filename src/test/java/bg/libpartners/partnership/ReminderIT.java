package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.agreement.EndDateReminderJob;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
@Import({PartnershipFixtures.class, ReminderIT.FixedClock.class})
class ReminderIT {

    /** 1 March 2031, 07:00 in Sofia: far from the demo partnerships' end dates. */
    static final Instant NOW = LocalDate.of(2031, 3, 1)
            .atTime(7, 0)
            .atZone(ZoneId.of("Europe/Sofia"))
            .toInstant();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Sofia"));
        }
    }

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    EndDateReminderJob reminders;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    /** Reminders of ending partnerships to this address (other modules' demo notices reach the same people). */
    long mailsTo(String email) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains("приключва след")
                                && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().contains(email));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Test
    void remindsTheLibrarianOnceThirtyDaysBeforeTheEndAndNeverAgain() throws Exception {
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = List.of(
                proof.stranger(Role.LIBRARIAN, bg.libpartners.account.Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                        .id(),
                proof.stranger(Role.BOARD_MEMBER, bg.libpartners.account.Scope.of(ScopeKind.CHITALISHTE, 987_654_321L))
                        .id(),
                fx.demo(Role.PARTNER).id());
        long id = fx.create("Четене до края", LocalDate.of(2030, 4, 1), LocalDate.of(2031, 3, 31));
        var librarian = DemoAccounts.of(Role.LIBRARIAN).email();
        var board = DemoAccounts.of(Role.BOARD_MEMBER).email();

        assertThat(reminders.sendDue()).isEqualTo(1);
        // the claim is stamped with the clock's moment as Hibernate would keep it, whatever the JVM's zone
        assertThat(jdbc.sql("select sent_at from agreement_reminder where end_date = :end")
                        .param("end", LocalDate.of(2031, 3, 31))
                        .query((rs, n) -> instants.read(rs, 1))
                        .list())
                .containsExactly(NOW);
        // the notice is delivered after commit, by the notification module
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> mailsTo(librarian) >= 1 && mailsTo(board) >= 1);
        assertThat(mailsTo(librarian)).isEqualTo(1);
        assertThat(mailsTo(board)).as("the chitalishte board hears of it too").isEqualTo(1);
        var message = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains("приключва след")
                                && m.getAllRecipients()[0].toString().contains(librarian);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(message.getSubject()).contains("Четене до края").contains("30");
        // in the inbox: the library's librarians and the chitalishte's board, nobody else, once
        var boardMember = fx.demo(Role.BOARD_MEMBER);
        var expected = new java.util.ArrayList<>(proof.holding(
                Role.LIBRARIAN, ScopeKind.LIBRARY, String.valueOf(fx.library()), fx.demo(Role.LIBRARIAN)));
        expected.addAll(proof.holding(
                Role.BOARD_MEMBER,
                ScopeKind.CHITALISHTE,
                boardMember.refs(ScopeKind.CHITALISHTE).iterator().next(),
                boardMember));
        proof.reachesOnlyOnce(events, "partnership.ending", "partnership.ending:" + id, expected, strangers);

        // the next run (a restart, another node) finds the reminder taken and sends nothing
        assertThat(reminders.sendDue()).isZero();
        reminders.daily();
        Thread.sleep(500); // a wrongly raised second notice would be delivered by now
        assertThat(mailsTo(librarian)).isEqualTo(1);
        assertThat(mailsTo(board)).isEqualTo(1);
    }
}
