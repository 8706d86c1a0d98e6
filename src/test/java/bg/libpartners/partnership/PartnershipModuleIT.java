package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.ModuleTestDatabase;
import bg.libpartners.account.Role;
import bg.libpartners.notification.Notice;
import bg.libpartners.partnership.PartnershipEvents.PartnershipCreated;
import bg.libpartners.partnership.PartnershipEvents.PartnershipNegotiationStarted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * What the partnership module tells the others, with only it and the modules it needs started (it uses the
 * directory, accounts, notifications, insight and workspace, which use geography and platform: all dependencies,
 * not just the direct ones; the atlas, events, funding and the other listeners are not started).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class PartnershipModuleIT {

    @Autowired
    PartnershipService service;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    bg.libpartners.directory.DirectoryEditor editor;

    @Autowired
    bg.libpartners.directory.DuplicateService duplicates;

    @Test
    void aMergeInTheDirectoryRepointsThePartyAndPublishesPartnershipChanged(Scenario scenario) {
        var admin = fx.demo(Role.ADMIN);
        var tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        long kept = editor.create(admin, PartnershipIT.partner("Сдружение Модул " + tag));
        long removed = editor.create(admin, PartnershipIT.partner("Сдружение „Модул“ " + tag));
        var librarian = fx.demo(Role.LIBRARIAN);
        long id = service.create(
                librarian,
                new PartnershipInput(
                        "Модул: сливане " + tag,
                        fx.library(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        java.util.List.of(new PartnershipInput.PartyInput(
                                removed, "Роля", null, java.util.Set.of(), null, null, null, null)),
                        null),
                true);

        scenario.stimulate(() -> duplicates.merge(kept, removed))
                .andWaitForEventOfType(PartnershipEvents.PartnershipChanged.class)
                .matchingMappedValue(PartnershipEvents.PartnershipChanged::partnershipId, id)
                .toArriveAndVerify(
                        changed -> assertThat(service.get(librarian, id).parties())
                                .extracting(PartnershipDetails.PartyView::organisationId)
                                .containsExactly(kept));
    }

    @Test
    void creatingAPartnershipPublishesPartnershipCreatedWithItsLeadLibrary(Scenario scenario) {
        scenario.stimulate(() -> fx.create("Модул: ново партньорство"))
                .andWaitForEventOfType(PartnershipCreated.class)
                .toArriveAndVerify((created, id) -> {
                    assertThat(created.partnershipId()).isEqualTo(id);
                    assertThat(created.leadLibraryId()).isEqualTo(fx.library());
                });
    }

    @Test
    void startingNegotiationPublishesNegotiationStarted(Scenario scenario) {
        long id = fx.create("Модул: преговори");
        var librarian = fx.demo(Role.LIBRARIAN);
        long version = service.get(librarian, id).version();

        scenario.stimulate(() -> service.transition(librarian, id, PartnershipStatus.NEGOTIATION, null, version))
                .andWaitForEventOfType(PartnershipNegotiationStarted.class)
                .matchingMappedValue(PartnershipNegotiationStarted::partnershipId, id)
                .toArrive();
    }

    @Test
    void startingNegotiationInvitesThePartiesThroughANotice(Scenario scenario) {
        long id = fx.create("Модул: покана");
        var librarian = fx.demo(Role.LIBRARIAN);
        long version = service.get(librarian, id).version();

        scenario.stimulate(() -> service.transition(librarian, id, PartnershipStatus.NEGOTIATION, null, version))
                .andWaitForEventOfType(Notice.class)
                .matchingMappedValue(Notice::kind, "partnership.invited")
                .toArriveAndVerify(notice -> assertThat(notice.link()).contains(String.valueOf(id)));
    }
}
