package bg.libpartners.partnership;

import bg.libpartners.insight.FiguresChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the dashboards, after commit, that the partnership figures changed so that they refresh them. */
@Component
class FigureChanges {

    private final ApplicationEventPublisher events;

    FigureChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PartnershipEvents.Event changed) {
        events.publishEvent(new FiguresChanged("partnership"));
    }
}
