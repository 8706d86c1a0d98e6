package bg.libpartners.agreement;

import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.Notice.Audience;
import bg.libpartners.partnership.PartnershipDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notices of the agreement, published in the transaction that made the change: the board of the chitalishte
 * that holds the lead library hears of a submission, the library's staff of the board's approval or return, and both
 * of a partnership ending in 60, 30 or 7 days.
 */
@Component
class AgreementNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ApplicationEventPublisher events;
    private final Directory directory;

    AgreementNotifier(ApplicationEventPublisher events, Directory directory) {
        this.events = events;
        this.directory = directory;
    }

    void submitted(PartnershipDetails p, int number, Instant at) {
        var holder = holderOf(p.leadLibraryId(), p.holderId());
        if (holder == null) {
            return;
        }
        events.publishEvent(new Notice(
                "agreement.submitted",
                List.of(Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, holder)),
                "agreement.notice.submitted",
                List.of(p.title(), p.leadLibraryName(), String.valueOf(number)),
                link(p.id()),
                "agreement.submitted:" + p.id() + ":" + number + ":" + at.toEpochMilli()));
    }

    void decided(PartnershipDetails p, int number, boolean approved, String comments) {
        var kind = approved ? "agreement.approved" : "agreement.returned";
        events.publishEvent(new Notice(
                kind,
                List.of(staff(p.leadLibraryId())),
                approved ? "agreement.notice.approved" : "agreement.notice.returned",
                List.of(
                        p.title(),
                        String.valueOf(number),
                        comments == null ? "" : comments.length() <= 500 ? comments : comments.substring(0, 499) + "…"),
                link(p.id()),
                kind + ":" + p.id() + ":" + number));
    }

    void ending(
            long partnershipId,
            String title,
            long leadLibraryId,
            Long holderId,
            LocalDate endDate,
            long days,
            int threshold) {
        var audience = new ArrayList<Audience>();
        audience.add(staff(leadLibraryId));
        var holder = holderOf(leadLibraryId, holderId);
        if (holder != null) {
            audience.add(Audience.scoped(Role.BOARD_MEMBER, ScopeKind.CHITALISHTE, holder));
        }
        events.publishEvent(new Notice(
                "partnership.ending",
                audience,
                "agreement.notice.ending",
                List.of(title, String.valueOf(days), DATE.format(endDate)),
                "/partnerships/" + partnershipId,
                "partnership.ending:" + partnershipId + ":" + threshold + ":" + endDate));
    }

    /**
     * The board that decides: the chitalishte recorded on the partnership, whose board the approval rights follow
     * ({@code PartnershipAccess.isBoardOf}); the library's current holder only when none was recorded.
     */
    private Long holderOf(long libraryId, Long recorded) {
        return recorded != null
                ? recorded
                : directory.holderOf(libraryId).map(OrganisationSummary::id).orElse(null);
    }

    private static Audience staff(long libraryId) {
        return Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, libraryId);
    }

    private static String link(long partnershipId) {
        return "/partnerships/" + partnershipId + "/agreement";
    }
}
