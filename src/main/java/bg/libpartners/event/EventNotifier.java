package bg.libpartners.event;

import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.Notice.Audience;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.LibPartnersProperties;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the event module tells people: notices to those with an account (published inside the transaction that made
 * the change, delivered by the notification module), and mails to registrants without one (sent after commit by
 * {@link RegistrantMailer}, recorded so that they go once).
 */
@Component
class EventNotifier {

    /** A mail to someone without an account, sent after commit and recorded under {@code onceKey}. */
    record RegistrantMail(String to, String messageKey, List<String> args, String onceKey) {}

    private static final Set<Role> DEFAULT_ROLES = EnumSet.of(Role.COORDINATOR, Role.LIBRARIAN, Role.BOARD_MEMBER);

    private final ApplicationEventPublisher publisher;
    private final Directory directory;
    private final PartnershipCatalog partnerships;
    private final LibPartnersProperties properties;
    private final RegistrantMailer mails;

    EventNotifier(
            ApplicationEventPublisher publisher,
            Directory directory,
            PartnershipCatalog partnerships,
            LibPartnersProperties properties,
            RegistrantMailer mails) {
        this.mails = mails;
        this.publisher = publisher;
        this.directory = directory;
        this.partnerships = partnerships;
        this.properties = properties;
    }

    static String link(long eventId) {
        return "/events/" + eventId;
    }

    /** The invitation to the audience with accounts. */
    void invited(Event e) {
        var audience = audienceOf(e);
        if (audience.isEmpty()) {
            return;
        }
        publisher.publishEvent(new Notice(
                "event.invited",
                audience,
                "event.notice.invited",
                List.of(e.getTitle(), EventTimes.format(e.getStartsAt()), place(e)),
                link(e.getId()),
                "event.invited:" + e.getId()));
    }

    void mail(RegistrantMail mail) {
        mails.sendAfterCommit(mail);
    }

    void cancelled(Event e) {
        publisher.publishEvent(new CancelledSignal(e.getId(), e.getTitle(), EventTimes.format(e.getStartsAt())));
    }

    /** Handled by {@link RegistrationService} which knows the registrants. */
    record CancelledSignal(long eventId, String title, String when) {}

    void registration(Event e, Registration r, boolean promoted, String cancelToken) {
        var kind = promoted
                ? "event.promoted"
                : r.getStatus() == RegistrationStatus.REGISTERED ? "event.registered" : "event.waitlisted";
        var args = List.of(e.getTitle(), EventTimes.format(e.getStartsAt()), place(e));
        var onceKey = kind + ":" + r.getId() + ":" + r.getPosition();
        if (r.getUserId() != null) {
            publisher.publishEvent(new Notice(
                    kind,
                    List.of(Audience.user(r.getUserId())),
                    "event.notice." + kind.substring("event.".length()),
                    args,
                    link(e.getId()),
                    onceKey));
        } else {
            var mailArgs = new ArrayList<>(args);
            mailArgs.add(r.getName());
            mailArgs.add(properties.baseUrl() + link(e.getId()));
            mailArgs.add(
                    cancelToken == null
                            ? properties.baseUrl() + link(e.getId())
                            : properties.baseUrl() + "/events/registrations/cancel?token=" + cancelToken);
            mails.sendAfterCommit(new RegistrantMail(
                    r.getEmail(), "event.mail." + kind.substring("event.".length()), mailArgs, onceKey));
        }
    }

    String place(Event e) {
        if (e.getSettlementName() != null) {
            return e.getSettlementName() + (e.getAddress() != null ? ", " + e.getAddress() : "");
        }
        return e.getOnlineUrl() != null ? e.getOnlineUrl() : "";
    }

    /** The accounts an event's audience names, as notice audiences. */
    List<Audience> audienceOf(Event e) {
        var roles = EnumSet.noneOf(Role.class);
        if (e.getAudienceRoles() != null) {
            for (var r : e.getAudienceRoles().split(",")) {
                if (!r.isBlank()) {
                    roles.add(Role.valueOf(r));
                }
            }
        }
        var wanted = roles.isEmpty() ? DEFAULT_ROLES : roles;
        var list = new ArrayList<Audience>();
        for (var oblast : e.getAudienceOblasts()) {
            if (wanted.contains(Role.COORDINATOR)) {
                list.add(Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, oblast));
            }
            if (wanted.contains(Role.LIBRARIAN)) {
                directory
                        .list(OrganisationKind.LIBRARY, oblast, null, PageRequest.of(0, 5000))
                        .forEach(l -> list.add(Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, l.id())));
            }
            if (wanted.contains(Role.BOARD_MEMBER)) {
                directory
                        .list(OrganisationKind.CHITALISHTE, oblast, null, PageRequest.of(0, 5000))
                        .forEach(c -> list.add(Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, c.id())));
            }
        }
        if (e.getChitalishteId() != null) {
            list.add(Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, e.getChitalishteId()));
        }
        if (e.getPartnershipId() != null) {
            var p = partnerships.findUnchecked(e.getPartnershipId());
            list.add(Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, p.leadLibraryId()));
            p.parties().forEach(x -> {
                list.add(Audience.scoped(Role.PARTNER, ScopeKind.ORGANISATION, x.organisationId()));
                list.add(Audience.scoped(Role.PARTNER, ScopeKind.PARTY, x.id()));
            });
        }
        if (e.getAudienceKeys().contains(EventAccess.ALL)) {
            roles.forEach(r -> list.add(Audience.role(r)));
        }
        return list;
    }
}
