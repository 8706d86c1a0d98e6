package bg.libpartners.notification;

import bg.libpartners.account.ErasureDeclined;
import bg.libpartners.account.ErasureRequested;
import bg.libpartners.account.Role;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The account module's notices. The account module cannot publish a {@link Notice} itself (the notice names its
 * roles, so that would make a cycle); it publishes its own past-tense events and this turns them into notices, in
 * the same transaction (a plain {@code @EventListener}), so they enter the event publication registry with the change.
 * The notices carry no name: an inbox keeps its text after the person asking has been erased.
 */
@Component
class AccountNotifier {

    static final String ERASURE_REQUESTED = "account.erasure-requested";
    static final String ERASURE_DECLINED = "account.erasure-declined";

    private final ApplicationEventPublisher events;

    AccountNotifier(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ErasureRequested requested) {
        events.publishEvent(new Notice(
                ERASURE_REQUESTED,
                List.of(Notice.Audience.role(Role.ADMIN)),
                "notification.account.erasureRequested",
                List.of(),
                "/admin/erasures",
                ERASURE_REQUESTED + ":" + requested.requestId()));
    }

    @EventListener
    void on(ErasureDeclined declined) {
        events.publishEvent(new Notice(
                ERASURE_DECLINED,
                List.of(Notice.Audience.user(declined.userId())),
                "notification.account.erasureDeclined",
                List.of(),
                "/account",
                ERASURE_DECLINED + ":" + declined.requestId()));
    }
}
