package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * What the survey module tells the others: a launched campaign invites the libraries that have accounts. Started
 * with the modules it needs (partnership, directory, accounts, notifications, insight, workspace, taxonomy: all
 * dependencies).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class SurveyModuleIT {

    @Autowired
    CampaignService campaigns;

    @Autowired
    SurveyFixtures fx;

    @Test
    void launchingACampaignInvitesTheLibrariesWithAccounts(Scenario scenario) {
        var coordinator = fx.demo(Role.COORDINATOR);
        long id = campaigns.create(
                coordinator,
                new CampaignInput(
                        "Модул: анкета",
                        "Проверка",
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        fx.inventoryId(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(fx.library()),
                        List.of(7, 2)));

        scenario.stimulate(() -> campaigns.launch(coordinator, id))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "survey.invited")
                .toArriveAndVerify(notice -> {
                    assertThat(notice.audience())
                            .containsExactly(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, fx.library()));
                    assertThat(notice.onceKey()).isEqualTo("survey.invited:" + id);
                });
    }
}
