package bg.libpartners.event;

import static bg.libpartners.event.EventFixtures.demo;
import static bg.libpartners.event.EventFixtures.inDays;
import static bg.libpartners.event.EventFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.Role;
import bg.libpartners.notification.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the events module tells the others: a new meeting invites its audience. Started
 * with the modules it needs (partnership, agreement, practices, materials, directory, geography, accounts,
 * notifications, insight, workspace: all dependencies; the atlas and the other read models are not started).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class EventModuleIT {

    @Autowired
    EventService events;

    @Autowired
    UserDetailsService users;

    @Test
    void aNewMeetingInvitesItsAudience(Scenario scenario) {
        var coordinator = demo(users, Role.COORDINATOR);

        scenario.stimulate(() -> events.create(coordinator, meeting("Модул: регионална среща", inDays(12), 30)))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "event.invited")
                .toArriveAndVerify((notice, id) -> {
                    assertThat(notice.audience()).isNotEmpty();
                    assertThat(notice.onceKey()).isEqualTo("event.invited:" + id);
                });
    }
}
