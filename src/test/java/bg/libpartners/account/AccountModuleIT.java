package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the account module tells the others: a person's erasure request ({@link ErasureRequested}) and an admin's
 * refusal of it ({@link ErasureDeclined}), each naming the request and the person and nothing else. Started with
 * the platform (its only dependency) and the directory, which implements its {@link ScopeRecords}, with the modules
 * the directory needs (extra includes do not bring their dependencies along).
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"directory", "geography", "taxonomy", "workspace", "insight", "notification"})
@ModuleTestDatabase
class AccountModuleIT {

    @Autowired
    AccountService accounts;

    @Autowired
    SelfService self;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService users;

    Long someone() {
        var email = "module-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.create(
                email, "Пенка Заявителева", Role.EXPERT, "account module password", Locale.forLanguageTag("bg"));
    }

    CurrentUser admin() {
        return (CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
    }

    Long openRequestOf(Long userId) {
        return administration.openErasures(admin()).stream()
                .filter(e -> e.userId().equals(userId))
                .map(UserAdministration.ErasureView::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void askingToBeErasedPublishesErasureRequestedForTheStoredRequest(Scenario scenario) {
        var person = someone();

        scenario.stimulate(() -> self.requestErasure(person, "Напускам програмата"))
                .andWaitForEventOfType(ErasureRequested.class)
                .matchingMappedValue(ErasureRequested::userId, person)
                .toArriveAndVerify(
                        requested -> assertThat(requested.requestId()).isEqualTo(openRequestOf(person)));
    }

    @Test
    void decliningAnErasurePublishesErasureDeclinedForThePerson(Scenario scenario) {
        var person = someone();
        self.requestErasure(person, null);
        var requestId = openRequestOf(person);

        scenario.stimulate(() -> administration.declineErasure(admin(), requestId))
                .andWaitForEventOfType(ErasureDeclined.class)
                .matchingMappedValue(ErasureDeclined::requestId, requestId)
                .toArriveAndVerify(declined -> {
                    assertThat(declined.userId()).isEqualTo(person);
                    assertThat(administration.openErasures(admin())).noneMatch(e -> e.id().equals(requestId));
                });
    }
}
