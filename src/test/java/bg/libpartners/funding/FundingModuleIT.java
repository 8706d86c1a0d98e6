package bg.libpartners.funding;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.Role;
import bg.libpartners.notification.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * What co-financing tells the others: a published call tells the librarians. Started with the modules it needs
 * (partnership, directory, materials, accounts, notifications, insight, workspace: all dependencies).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class FundingModuleIT {

    @Autowired
    CallService calls;

    @Autowired
    FundingFixtures fx;

    @Test
    void publishingACallTellsTheLibrarians(Scenario scenario) {
        var admin = fx.demo(Role.ADMIN);
        long id = calls.create(admin, fx.callInput("Модул: покана за съфинансиране", "50000.00", List.of()));
        long version = calls.get(admin, id).version();

        scenario.stimulate(() -> calls.publish(admin, id, version))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "funding.call-published")
                .toArriveAndVerify(notice -> {
                    assertThat(notice.audience()).containsExactly(Notice.Audience.role(Role.LIBRARIAN));
                    assertThat(notice.link()).isEqualTo("/calls/" + id);
                });
    }
}
