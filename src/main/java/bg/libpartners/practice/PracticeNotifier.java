package bg.libpartners.practice;

import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.Notice.Audience;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notices of moderation, published in the transaction that made the change: the moderators (the coordinators of
 * the practice's oblast, or the admins for one without an oblast) hear of a submission; the author and their library's
 * staff of a return or the publication.
 */
@Component
class PracticeNotifier {

    private final ApplicationEventPublisher events;

    PracticeNotifier(ApplicationEventPublisher events) {
        this.events = events;
    }

    void submitted(GoodPractice p) {
        var moderators = p.getOblastCode() == null
                ? Audience.role(Role.ADMIN)
                : Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, p.getOblastCode());
        events.publishEvent(new Notice(
                "practice.submitted",
                List.of(moderators),
                "practice.notice.submitted",
                List.of(p.getTitle(), p.getAuthorName() == null ? "" : p.getAuthorName()),
                "/practices/" + p.getId(),
                "practice.submitted:" + p.getId() + ":" + p.getUpdatedAt().toEpochMilli()));
    }

    void returned(GoodPractice p) {
        events.publishEvent(new Notice(
                "practice.returned",
                authors(p),
                "practice.notice.returned",
                List.of(p.getTitle(), shortened(p.getModeratorComment())),
                "/practices/" + p.getId() + "/edit",
                "practice.returned:" + p.getId() + ":" + p.getUpdatedAt().toEpochMilli()));
    }

    void published(GoodPractice p) {
        events.publishEvent(new Notice(
                "practice.published",
                authors(p),
                "practice.notice.published",
                List.of(p.getTitle()),
                "/practices/" + p.getId(),
                "practice.published:" + p.getId() + ":" + p.getPublishedAt().toEpochMilli()));
    }

    /** Notices travel through the event registry, whose record is small: a long comment is cut, the page has it all. */
    private static String shortened(String text) {
        return text == null ? "" : text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static List<Audience> authors(GoodPractice p) {
        var audience = new ArrayList<Audience>();
        if (p.getAuthorId() != null) {
            audience.add(Audience.user(p.getAuthorId()));
        }
        if (p.getLibraryRef() != null) {
            audience.add(Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, p.getLibraryRef()));
        }
        return audience;
    }
}
