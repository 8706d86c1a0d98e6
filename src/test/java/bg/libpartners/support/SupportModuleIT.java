package bg.libpartners.support;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What expert support tells the others: a question asks the coordinators of the library's oblast. Started with the
 * modules it needs (directory, partnership, materials, accounts, notifications, insight, workspace: all
 * dependencies).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class SupportModuleIT {

    @Autowired
    SupportService support;

    @Autowired
    UserDetailsService users;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    @Test
    void aQuestionAsksTheCoordinatorsOfTheLibrarysOblast(Scenario scenario) {
        var librarian = demo(Role.LIBRARIAN);
        var input = new SupportService.AskInput(null, "ICT", "Как да настроим безжичната мрежа?", null, null, null);

        scenario.stimulate(() -> support.ask(librarian, input, List.of()))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "support.requested")
                .toArriveAndVerify((notice, id) -> {
                    assertThat(notice.audience()).singleElement().satisfies(audience -> {
                        assertThat(audience.role()).isEqualTo(Role.COORDINATOR);
                        assertThat(audience.scopeKind()).isEqualTo(ScopeKind.OBLAST);
                    });
                    assertThat(notice.onceKey()).isEqualTo("support.requested:" + id);
                });
    }
}
