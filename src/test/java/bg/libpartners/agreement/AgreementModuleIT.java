package bg.libpartners.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * What the agreement module tells the others: a submission asks the holding chitalishte's board, a decision tells
 * the library. Started with the modules it needs (the partnership and, through it, the directory, accounts,
 * notifications, insight, workspace: all dependencies, as the agreement reads the partnership it belongs to).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class AgreementModuleIT {

    @Autowired AgreementService agreements;
    @Autowired PartnershipService partnerships;
    @Autowired PartnershipCatalog catalog;
    @Autowired PartnershipFixtures fx;

    /** A partnership of the demo librarian's library, in negotiation. */
    long inNegotiation(String title) {
        long id = fx.create(title);
        var librarian = fx.demo(Role.LIBRARIAN);
        partnerships.transition(librarian, id, PartnershipStatus.NEGOTIATION, null,
                catalog.find(librarian, id).version());
        return id;
    }

    @Test
    void submittingTheAgreementAsksTheBoardOfTheHoldingChitalishte(Scenario scenario) {
        long id = inNegotiation("Модул: споразумение за съвета");
        var librarian = fx.demo(Role.LIBRARIAN);
        long holder = catalog.find(librarian, id).holderId();

        scenario.stimulate(() -> agreements.submit(librarian, id))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "agreement.submitted")
                .toArriveAndVerify((notice, version) -> {
                    assertThat(version.number()).isEqualTo(1);
                    assertThat(notice.audience()).containsExactly(
                            Notice.Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, holder));
                    assertThat(notice.link()).contains(String.valueOf(id));
                });
    }

    @Test
    void theBoardsApprovalTellsTheLibrary(Scenario scenario) {
        long id = inNegotiation("Модул: одобрено споразумение");
        agreements.submit(fx.demo(Role.LIBRARIAN), id);
        var board = fx.demo(Role.BOARD_MEMBER);

        scenario.stimulate(() -> agreements.decide(board, id, 1, true, null))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "agreement.approved")
                .toArriveAndVerify(notice -> assertThat(notice.link()).contains(String.valueOf(id)));
    }
}
