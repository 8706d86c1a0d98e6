package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.notification.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * What insight hears and says: a module's {@link FiguresChanged} marks its dashboard section for recomputation, and
 * the monthly report goes to each subscriber as a {@link Notice}. Started with what it depends on (Modulith's
 * bootstrap picks only platform and geography for it, so accounts, notifications and taxonomy are named here) and the directory, which implements its {@link OrganisationPlaces} and the accounts' scope
 * records, with the workspace it needs; partnerships and practices, whose figures it shows, are not started, so their
 * event is published here as they would publish it. The periodic recomputation waits an hour, so that it cannot take the
 * mark away before the test sees it.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"directory", "workspace", "account", "notification", "taxonomy"})
@ModuleTestDatabase
@TestPropertySource(properties = "libpartners.insight.change-delay=1h")
class InsightModuleIT {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    FigureCache figures;

    @Autowired
    UserDetailsService users;

    @Test
    void aModulesFiguresChangedMarksItsSectionForRecomputation(Scenario scenario) {
        assertThat(figures.changed()).doesNotContain("practice");

        scenario.publish(new FiguresChanged("practice"))
                .andWaitForStateChange(figures::changed, changed -> changed.contains("practice"))
                .andVerify(changed -> assertThat(changed).contains("practice"));
    }

    @Test
    void theMonthlyReportIsANoticeToTheSubscriber(Scenario scenario) {
        var coordinator = (CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.COORDINATOR).email());
        subscriptions.set(coordinator, true);

        scenario.stimulate(() -> subscriptions.sendMonthly())
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "insight.monthly")
                .toArriveAndVerify(notice -> {
                    assertThat(notice.audience()).containsExactly(Notice.Audience.user(coordinator.id()));
                    assertThat(notice.link()).isEqualTo("/insight");
                    assertThat(notice.args().get(1)).isEqualTo("/insight/report.xlsx");
                    assertThat(notice.onceKey()).startsWith("insight.monthly:" + coordinator.id() + ":");
                });
    }
}
