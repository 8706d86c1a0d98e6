package bg.libpartners.partnership;

import bg.libpartners.insight.FiguresChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the dashboards that the partnership figures changed, so that they recompute them (at the end of their change
 * period, after this transaction has long committed). A plain listener on purpose: a transactional one is recorded in
 * the event publication registry and marked after commit in a second transaction, so a request creating partnerships
 * would hold two pooled connections at once, and twenty such requests exhaust the pool (found by bench/survey.sh).
 */
@Component
class FigureChangeListener {

    private final ApplicationEventPublisher events;

    FigureChangeListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(PartnershipEvents.Event changed) {
        events.publishEvent(new FiguresChanged("partnership"));
    }
}
