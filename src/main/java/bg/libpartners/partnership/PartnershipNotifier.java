package bg.libpartners.partnership;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.Notice.Audience;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notices a partnership raises, published inside the transaction that made the change (the notification module
 * delivers them after commit): partners invited when it goes to negotiation, a partner's confirmation and every
 * comment. The lead library's staff hear from the partners and the partners from the staff; whoever wrote a comment
 * is not told about it.
 */
@Component
class PartnershipNotifier {

    private final ApplicationEventPublisher events;
    private final AccountService accounts;

    PartnershipNotifier(ApplicationEventPublisher events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    /** Each party's representatives are asked to read and confirm their part. */
    void invited(PartnershipDetails p) {
        for (var party : p.parties()) {
            events.publishEvent(new Notice(
                    "partnership.invited",
                    List.of(
                            Audience.scoped(Role.PARTNER, ScopeKind.ORGANISATION, party.organisationId()),
                            Audience.scoped(Role.PARTNER, ScopeKind.PARTY, party.id())),
                    "partnership.notice.invited",
                    List.of(p.title(), p.leadLibraryName(), party.organisationName()),
                    link(p),
                    "partnership.invited:" + p.id() + ":" + party.id()));
        }
    }

    void confirmed(PartnershipDetails p, PartnershipDetails.PartyView party) {
        events.publishEvent(new Notice(
                "partnership.confirmed",
                List.of(staff(p)),
                "partnership.notice.confirmed",
                List.of(p.title(), party.organisationName()),
                link(p),
                "partnership.confirmed:" + p.id() + ":" + party.id() + ":"
                        + party.confirmedAt().toEpochMilli()));
    }

    /** A comment on one party goes to the staff and that party; a general one to the staff and every party. */
    void commented(PartnershipDetails p, Long partyId, CurrentUser author, long commentId) {
        var people = new LinkedHashSet<Long>();
        accounts.activeUsers(Role.LIBRARIAN, ScopeKind.LIBRARY, String.valueOf(p.leadLibraryId()))
                .forEach(a -> people.add(a.id()));
        for (var party : p.parties()) {
            if (partyId == null || partyId == party.id()) {
                accounts.activeUsers(Role.PARTNER, ScopeKind.ORGANISATION, String.valueOf(party.organisationId()))
                        .forEach(a -> people.add(a.id()));
                accounts.activeUsers(Role.PARTNER, ScopeKind.PARTY, String.valueOf(party.id()))
                        .forEach(a -> people.add(a.id()));
            }
        }
        people.remove(author.id());
        if (people.isEmpty()) {
            return;
        }
        var audience = new ArrayList<Audience>();
        people.forEach(id -> audience.add(Audience.user(id)));
        events.publishEvent(new Notice(
                "partnership.commented",
                audience,
                "partnership.notice.commented",
                List.of(p.title(), author.displayName()),
                link(p),
                "partnership.commented:" + commentId));
    }

    private static Audience staff(PartnershipDetails p) {
        return Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, p.leadLibraryId());
    }

    private static String link(PartnershipDetails p) {
        return "/partnerships/" + p.id();
    }
}
