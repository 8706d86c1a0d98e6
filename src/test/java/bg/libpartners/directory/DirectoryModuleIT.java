package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the directory tells the others, with only it and the modules it needs started (accounts, geography,
 * insight, workspace, taxonomy, platform: all dependencies; the partnership and practice modules, which re-point
 * their references on a merge, are not started, so the event is all that leaves the module).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class DirectoryModuleIT {

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    UserDetailsService users;

    CurrentUser admin() {
        return (CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
    }

    @Test
    void mergingDuplicatesPublishesOrganisationsMergedWithTheKeptAndTheRemovedRecord(Scenario scenario) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        long kept = editor.create(
                admin(), DirectoryMergeIT.organisation(OrganisationKind.PARTNER, "Сдружение Модул " + tag, null));
        long removed = editor.create(
                admin(), DirectoryMergeIT.organisation(OrganisationKind.PARTNER, "Сдружение „Модул“ " + tag, null));

        scenario.stimulate(() -> duplicates.merge(kept, removed))
                .andWaitForEventOfType(OrganisationsMerged.class)
                .toArriveAndVerify(merged -> {
                    assertThat(merged.kept()).isEqualTo(new OrganisationId(kept));
                    assertThat(merged.removed()).isEqualTo(new OrganisationId(removed));
                });
    }
}
