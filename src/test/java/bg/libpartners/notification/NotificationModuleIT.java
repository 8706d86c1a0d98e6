package bg.libpartners.notification;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.SelfService;
import bg.libpartners.account.UserAdministration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the notification module hears and says: a {@link Notice} published by any module reaches the inboxes of the
 * people it names, and the account module's erasure events become notices (to the admins when a person asks, to the
 * person when an admin declines). Started with accounts and the platform, its dependencies, and the directory, which
 * implements the accounts' {@link bg.libpartners.account.ScopeRecords}, with the modules the directory needs (extra
 * includes do not bring their dependencies along).
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"directory", "geography", "taxonomy", "workspace", "insight"})
@ModuleTestDatabase
class NotificationModuleIT {

    @Autowired
    AccountService accounts;

    @Autowired
    SelfService self;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    Inbox inbox;

    CurrentUser load(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    CurrentUser someone() {
        var email = "notice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(
                email, "Пенка Известиева", Role.EXPERT, "notification module password", Locale.forLanguageTag("bg"));
        return load(email);
    }

    List<String> links(CurrentUser person) {
        return inbox.list(person, false, 0, 100, Locale.forLanguageTag("bg"))
                .map(Inbox.Item::link)
                .toList();
    }

    @Test
    void aNoticeFromAnyModuleReachesTheInboxOfTheCoordinatorsItNames(Scenario scenario) {
        var coordinator = load(DemoAccounts.of(Role.COORDINATOR).email());
        var link = "/support/" + UUID.randomUUID();
        var notice = new Notice(
                "support.requested",
                List.of(Notice.Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, DemoAccounts.COORDINATOR_OBLAST)),
                "support.notice.requested",
                List.of("7", "Народна библиотека", "ИКТ"),
                link,
                "module-test:" + link);

        scenario.publish(notice)
                .andWaitForStateChange(() -> links(coordinator), links -> links.contains(link))
                .andVerify(links -> assertThat(inbox.unread(coordinator)).isPositive());
    }

    @Test
    void anErasureRequestTellsTheAdminsThroughANotice(Scenario scenario) {
        var person = someone();

        scenario.stimulate(() -> self.requestErasure(person.id(), "Напускам"))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, AccountNotifier.ERASURE_REQUESTED)
                .toArriveAndVerify(notice -> {
                    assertThat(notice.audience()).containsExactly(Notice.Audience.role(Role.ADMIN));
                    assertThat(notice.onceKey())
                            .isEqualTo(AccountNotifier.ERASURE_REQUESTED + ":"
                                    + administration
                                            .openErasures(load(
                                                    DemoAccounts.of(Role.ADMIN).email()))
                                            .stream()
                                            .filter(e -> e.userId().equals(person.id()))
                                            .findFirst()
                                            .orElseThrow()
                                            .id());
                    assertThat(notice.args()).isEmpty(); // no name: the notice outlives the person's erasure
                });
    }

    @Test
    void aDeclinedErasureReachesThePersonsInbox(Scenario scenario) {
        var person = someone();
        var admin = load(DemoAccounts.of(Role.ADMIN).email());
        self.requestErasure(person.id(), null);
        var requestId = administration.openErasures(admin).stream()
                .filter(e -> e.userId().equals(person.id()))
                .findFirst()
                .orElseThrow()
                .id();

        scenario.stimulate(() -> administration.declineErasure(admin, requestId))
                .andWaitForStateChange(
                        () -> inbox.list(person, false, 0, 10, Locale.forLanguageTag("bg"))
                                .map(Inbox.Item::kind)
                                .toList(),
                        kinds -> !kinds.isEmpty())
                .andVerify(kinds -> assertThat(kinds).containsExactly(AccountNotifier.ERASURE_DECLINED));
    }
}
