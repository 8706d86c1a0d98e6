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

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    PartnershipCatalog catalog;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    AgreementFigureSource figures;

    /** A partnership of the demo librarian's library, in negotiation. */
    long inNegotiation(String title) {
        long id = fx.create(title);
        var librarian = fx.demo(Role.LIBRARIAN);
        partnerships.transition(
                librarian,
                id,
                PartnershipStatus.NEGOTIATION,
                null,
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
                    assertThat(notice.audience())
                            .containsExactly(Notice.Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, holder));
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

    /**
     * The dashboards' agreement figures take the scope's library from the partnership module (the agreement module
     * reads only its own tables): an approval counts for the partnership's library and its oblast, not for another.
     */
    @Test
    void anApprovalCountsInTheScopeOfItsPartnershipOnly() {
        long id = inNegotiation("Модул: одобрено споразумение в обхвата");
        var librarian = fx.demo(Role.LIBRARIAN);
        var partnership = catalog.find(librarian, id);
        var mine = new bg.libpartners.insight.InsightScope(null, fx.library(), null);
        var theirs = new bg.libpartners.insight.InsightScope(null, 987_654_321L, null);
        var oblast = new bg.libpartners.insight.InsightScope(partnership.oblastCode(), null, null);
        long mineBefore = approved(mine);
        long theirsBefore = approved(theirs);
        long oblastBefore = approved(oblast);
        long allBefore = approved(bg.libpartners.insight.InsightScope.national());
        long signedBefore = signed(mine).value().longValue();
        agreements.submit(librarian, id);
        agreements.decide(fx.demo(Role.BOARD_MEMBER), id, 1, true, null);
        assertThat(approved(mine)).isEqualTo(mineBefore + 1);
        assertThat(approved(oblast)).isEqualTo(oblastBefore + 1);
        assertThat(approved(bg.libpartners.insight.InsightScope.national())).isEqualTo(allBefore + 1);
        assertThat(approved(theirs)).isEqualTo(theirsBefore).isZero();
        // approved, no signed copy yet: not signed, and no year 0 (its missing year was read as 0)
        assertThat(signed(mine).value().longValue()).isEqualTo(signedBefore);
        assertThat(signed(mine).breakdown()).doesNotContainKey("0");
    }

    private long approved(bg.libpartners.insight.InsightScope scope) {
        return figure(scope, "approved").value().longValue();
    }

    private bg.libpartners.insight.Figure signed(bg.libpartners.insight.InsightScope scope) {
        return figure(scope, "signed");
    }

    private bg.libpartners.insight.Figure figure(bg.libpartners.insight.InsightScope scope, String key) {
        return figures.figures(scope).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
