package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.notification.Notice;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.practice.StoryRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the meeting: the minutes (Markdown, sanitised as good practices are), its decisions — at a board meeting
 * possibly the board's approval or return of an agreement — and follow-up actions with an owner and a due date.
 */
@Service
public class MinutesService {

    /** A decision as given: text, and for an agreement its partnership, version read and approve/return. */
    public record DecisionInput(String text, Long partnershipId, Integer agreementNumber, Boolean approve) {}

    public record ActionInput(String what, Long ownerId, LocalDate dueDate, ActionStatus status, Long version) {}

    private final Events events;
    private final Decisions decisions;
    private final FollowUps actions;
    private final Registrations registrations;
    private final EventAccess access;
    private final StoryRenderer renderer;
    private final AgreementService agreements;
    private final PartnershipCatalog partnerships;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MinutesService(
            Events events,
            Decisions decisions,
            FollowUps actions,
            Registrations registrations,
            EventAccess access,
            StoryRenderer renderer,
            AgreementService agreements,
            PartnershipCatalog partnerships,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.decisions = decisions;
        this.actions = actions;
        this.registrations = registrations;
        this.access = access;
        this.renderer = renderer;
        this.agreements = agreements;
        this.partnerships = partnerships;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Writes the minutes and adds the decisions given. A decision on an agreement is taken through the agreement
     * module (the board of that chitalishte or an admin only); any failure undoes the whole request.
     */
    @Transactional
    public void recordMinutes(CurrentUser me, long eventId, String markdown, List<DecisionInput> newDecisions) {
        var event = events.lockById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        var agreementDecisions = newDecisions == null
                ? List.<DecisionInput>of()
                : newDecisions.stream()
                        .filter(d -> d != null && d.partnershipId() != null)
                        .toList();
        boolean boardDecidesHere = !agreementDecisions.isEmpty()
                && agreementDecisions.stream().allMatch(d -> mayDecideAgreement(me, event, d.partnershipId()));
        if (!access.mayManage(me, event) && !boardDecidesHere) {
            throw new AccessDeniedException("event " + eventId);
        }
        var text = EventService.trim(markdown);
        if (text != null && text.length() > 100_000) {
            throw new InvalidEventException("minutes", "event.error.tooLong", 100_000);
        }
        if (EventTimes.today(clock)
                .isBefore(EventTimes.local(event.getStartsAt()).toLocalDate())) {
            throw new InvalidEventException("minutes", "event.error.minutesBeforeStart");
        }
        int position = decisions.findByEventIdOrderByPosition(eventId).size();
        var toSave = new ArrayList<Decision>();
        for (var d : newDecisions == null ? List.<DecisionInput>of() : newDecisions) {
            if (d == null || EventService.trim(d.text()) == null && d.partnershipId() == null) {
                continue;
            }
            var decisionText = EventService.trim(d.text());
            if (decisionText != null && decisionText.length() > 4000) {
                throw new InvalidEventException("decisions", "event.error.tooLong", 4000);
            }
            String outcome = null;
            if (d.partnershipId() != null) {
                if (d.approve() == null) {
                    throw new InvalidEventException("approve", "event.error.approveRequired");
                }
                if (d.agreementNumber() == null) {
                    throw new InvalidEventException("agreementNumber", "event.error.agreementNumberRequired");
                }
                if (event.getKind() != EventKind.BOARD_MEETING || !holds(event, d.partnershipId())) {
                    throw new InvalidEventException("partnershipId", "event.error.notThisBoard");
                }
                agreements.decideAtMeeting(
                        me, d.partnershipId(), d.agreementNumber(), d.approve(), decisionText, "event:" + eventId);
                outcome = d.approve() ? "APPROVED" : "RETURNED";
                if (decisionText == null) {
                    decisionText = d.approve() ? "✓" : "↩";
                }
            }
            toSave.add(new Decision(
                    eventId,
                    ++position,
                    decisionText,
                    d.partnershipId(),
                    d.agreementNumber(),
                    outcome,
                    clock.instant()));
        }
        if (text != null || event.getMinutesMarkdown() == null) {
            event.recordMinutes(text, renderer.toSafeHtml(text), me.displayName(), clock.instant());
        }
        decisions.saveAll(toSave);
    }

    private boolean holds(Event event, long partnershipId) {
        try {
            var p = partnerships.findUnchecked(partnershipId);
            return event.getChitalishteId() != null && event.getChitalishteId().equals(p.holderId());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean mayDecideAgreement(CurrentUser me, Event event, long partnershipId) {
        if (event.getKind() != EventKind.BOARD_MEETING || !holds(event, partnershipId)) {
            return false;
        }
        return agreements.mayDecide(me, partnerships.findUnchecked(partnershipId));
    }

    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long eventId) {
        return decisions.findByEventIdOrderByPosition(eventId).stream()
                .map(d -> new DecisionView(
                        d.getId(),
                        d.getPosition(),
                        d.getText(),
                        d.getPartnershipId(),
                        d.getAgreementNumber(),
                        d.getOutcome()))
                .toList();
    }

    /** Agreements waiting for the board of this board meeting's chitalishte. */
    @Transactional(readOnly = true)
    public List<AgreementService.Waiting> waitingAgreements(long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (event.getKind() != EventKind.BOARD_MEETING || event.getChitalishteId() == null) {
            return List.of();
        }
        return agreements.waitingForBoard(event.getChitalishteId());
    }

    /** Who may own an action: the registrants who have an account, and the organiser. */
    @Transactional(readOnly = true)
    public Map<Long, String> possibleOwners(long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        var owners = new LinkedHashMap<Long, String>();
        if (event.getOrganiserId() != null) {
            owners.put(event.getOrganiserId(), event.getOrganiserName());
        }
        registrations.findByEventIdOrderByPosition(eventId).stream()
                .filter(r -> r.getUserId() != null && r.getStatus() != RegistrationStatus.CANCELLED)
                .forEach(r -> owners.putIfAbsent(r.getUserId(), r.getName()));
        return owners;
    }

    @Transactional
    public ActionView addAction(CurrentUser me, long eventId, ActionInput in) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (!access.mayManage(me, event)) {
            throw new AccessDeniedException("event " + eventId);
        }
        var what = EventService.trim(in.what());
        if (what == null) {
            throw new InvalidEventException("what", "event.error.whatRequired");
        }
        if (what.length() > 1000) {
            throw new InvalidEventException("what", "event.error.tooLong", 1000);
        }
        var owners = possibleOwners(eventId);
        if (in.ownerId() == null || !owners.containsKey(in.ownerId())) {
            throw new InvalidEventException("ownerId", "event.error.owner");
        }
        if (in.dueDate() == null) {
            throw new InvalidEventException("dueDate", "event.error.dueRequired");
        }
        var action = actions.save(
                new FollowUp(eventId, what, in.ownerId(), owners.get(in.ownerId()), in.dueDate(), clock.instant()));
        publisher.publishEvent(new Notice(
                "event.action.assigned",
                List.of(Notice.Audience.user(in.ownerId())),
                "event.notice.actionAssigned",
                List.of(what, in.dueDate().toString(), event.getTitle()),
                "/events/actions",
                "event.action.assigned:" + action.getId()));
        return view(action, event.getTitle());
    }

    /** The owner marks their action done (or reopens it); the organisers may also drop it. */
    @Transactional
    public ActionView setStatus(CurrentUser me, long eventId, long actionId, ActionStatus status, Long version) {
        var action = actions.findById(actionId)
                .filter(a -> a.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("event.error.actionNotFound", actionId));
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        boolean owner = me != null && me.id() != null && me.id() == action.getOwnerId();
        boolean manage = access.mayManage(me, event);
        if (!owner && !manage) {
            throw new NotFoundException("event.error.actionNotFound", actionId);
        }
        if (status == null) {
            throw new InvalidEventException("status", "event.error.statusRequired");
        }
        if (status == ActionStatus.CANCELLED && !manage) {
            throw new AccessDeniedException("action " + actionId);
        }
        long expected = ExpectedVersion.required(version, "version");
        if (expected != action.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(FollowUp.class, actionId);
        }
        action.setStatus(status, clock.instant());
        actions.flush();
        return view(action, event.getTitle());
    }

    @Transactional(readOnly = true)
    public List<ActionView> actions(CurrentUser me, long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        boolean manage = access.mayManage(me, event);
        if (!manage && !event.isPublicEvent() && !access.invited(me, event)) {
            throw EventService.notFound(eventId);
        }
        return actions.findByEventIdOrderByDueDateAscIdAsc(eventId).stream()
                .filter(a -> manage || me != null && me.id() != null && me.id() == a.getOwnerId())
                .map(a -> view(a, event.getTitle()))
                .toList();
    }

    /** The person's open actions, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionView> mine(CurrentUser me) {
        var list = actions.findTop50ByOwnerIdAndStatusOrderByDueDateAsc(me.id(), ActionStatus.OPEN);
        var titles = new java.util.HashMap<Long, String>();
        events.findAllByIdIn(list.stream().map(FollowUp::getEventId).distinct().toList())
                .forEach(e -> titles.put(e.getId(), e.getTitle()));
        return list.stream().map(a -> view(a, titles.get(a.getEventId()))).toList();
    }

    static ActionView view(FollowUp a, String eventTitle) {
        return new ActionView(
                a.getId(),
                a.getEventId(),
                eventTitle,
                a.getWhat(),
                a.getOwnerId(),
                a.getOwnerName(),
                a.getDueDate(),
                a.getStatus(),
                a.getVersion());
    }
}
