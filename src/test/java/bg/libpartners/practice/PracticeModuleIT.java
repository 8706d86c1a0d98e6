package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.SignedIn;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the good-practice module tells the others: a submitted practice asks its oblast's coordinators to moderate
 * it, a published one tells its authors and changes the search. Started with the modules it needs (directory,
 * partnership, materials, accounts, notifications, insight, workspace: all dependencies).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class PracticeModuleIT {

    @Autowired
    PracticeService practices;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    @Test
    void submittingAPracticeAsksTheModeratorsOfItsOblast(Scenario scenario) {
        var librarian = demo(Role.LIBRARIAN);
        long id = SignedIn.as(librarian, () -> practices.draftFrom(OldSeedTexts.BANYA));
        var oblast = jdbc.sql("select oblast_code from good_practice where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(oblast).as("the draft belongs to its library's oblast").isNotBlank();

        scenario.stimulate(() -> SignedIn.as(librarian, () -> practices.submit(id)))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "practice.submitted")
                .toArriveAndVerify(notice -> {
                    assertThat(notice.audience())
                            .containsExactly(Notice.Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, oblast));
                    assertThat(notice.link()).isEqualTo("/practices/" + id);
                });
    }

    @Test
    void publishingAPracticeTellsItsAuthors(Scenario scenario) {
        long id = submitted();

        scenario.stimulate(() -> SignedIn.as(demo(Role.ADMIN), () -> practices.publish(id)))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "practice.published")
                .toArriveAndVerify(notice -> assertThat(notice.link()).isEqualTo("/practices/" + id));
    }

    @Test
    void publishingAPracticeChangesTheSearch(Scenario scenario) {
        long id = submitted();

        scenario.stimulate(() -> SignedIn.as(demo(Role.ADMIN), () -> practices.publish(id)))
                .andWaitForEventOfType(PracticeSearch.PracticesChanged.class)
                .toArrive();
    }

    /** A draft of the demo librarian, submitted for review (neither publishes that the search changed). */
    long submitted() {
        return SignedIn.as(demo(Role.LIBRARIAN), () -> {
            long draft = practices.draftFrom(OldSeedTexts.BANYA);
            practices.submit(draft);
            return draft;
        });
    }
}
