package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.material.MaterialService;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.WebLinks;
import bg.libpartners.practice.PracticeService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and cancelling events, and linking materials and good practices to them. Every input is
 * checked whole before anything is written; scopes are checked here, not only in the controllers.
 */
@Service
public class EventService {

    private final Events events;
    private final Registrations registrations;
    private final EventAccess access;
    private final Geography geography;
    private final Directory directory;
    private final PartnershipCatalog partnerships;
    private final PartnershipAccess partnershipAccess;
    private final MaterialService materials;
    private final PracticeService practices;
    private final EventNotifier notices;
    private final RegistrationService registrationService;
    private final Clock clock;

    EventService(
            Events events,
            Registrations registrations,
            EventAccess access,
            Geography geography,
            Directory directory,
            PartnershipCatalog partnerships,
            PartnershipAccess partnershipAccess,
            MaterialService materials,
            PracticeService practices,
            EventNotifier notices,
            RegistrationService registrationService,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.access = access;
        this.geography = geography;
        this.directory = directory;
        this.partnerships = partnerships;
        this.partnershipAccess = partnershipAccess;
        this.materials = materials;
        this.practices = practices;
        this.notices = notices;
        this.registrationService = registrationService;
        this.clock = clock;
    }

    @Transactional
    public long create(CurrentUser me, EventInput input) {
        if (!EventAccess.mayCreate(me)) {
            throw new AccessDeniedException("events");
        }
        var checked = check(me, input, null);
        var event = new Event(me.id(), me.displayName(), false, clock.instant());
        event.apply(checked, clock.instant());
        events.save(event);
        notices.invited(event);
        return event.getId();
    }

    /** A demo event (demo data only): no scope check, marked as demo. */
    @Transactional
    long createDemo(CurrentUser organiser, EventInput input) {
        var checked = check(null, input, null);
        var event = new Event(organiser.id(), organiser.displayName(), true, clock.instant());
        event.apply(checked, clock.instant());
        return events.save(event).getId();
    }

    @Transactional
    public void update(CurrentUser me, long id, EventInput input) {
        var event = events.lockById(id).orElseThrow(() -> notFound(id));
        checkManage(me, event);
        long expected = ExpectedVersion.required(input.version(), "version");
        if (expected != event.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Event.class, id);
        }
        var checked = check(me, input, event);
        event.apply(checked, clock.instant());
        registrationService.promote(event);
    }

    @Transactional
    public void cancel(CurrentUser me, long id) {
        var event = events.lockById(id).orElseThrow(() -> notFound(id));
        checkManage(me, event);
        event.cancel(clock.instant());
        notices.cancelled(event);
    }

    /** Links materials and good practices that the person may see; unknown ones are refused naming the field. */
    @Transactional
    public void link(CurrentUser me, long id, Set<Long> materialIds, Set<Long> practiceIds) {
        var event = events.findById(id).orElseThrow(() -> notFound(id));
        checkManage(me, event);
        var m = materialIds == null ? Set.<Long>of() : materialIds;
        var p = practiceIds == null ? Set.<Long>of() : practiceIds;
        for (var materialId : m) {
            try {
                materials.get(materialId);
            } catch (NotFoundException e) {
                throw new InvalidEventException("materials", "event.error.unknownMaterial", materialId);
            }
        }
        for (var practiceId : p) {
            try {
                practices.view(practiceId);
            } catch (NotFoundException | AccessDeniedException e) {
                throw new InvalidEventException("practices", "event.error.unknownPractice", practiceId);
            }
        }
        event.link(m, p, clock.instant());
    }

    void checkManage(CurrentUser me, Event event) {
        if (!access.mayManage(me, event)) {
            if (me != null && (access.invited(me, event) || event.isPublicEvent())) {
                throw new AccessDeniedException("event " + event.getId());
            }
            throw notFound(event.getId());
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("event.error.notFound", id);
    }

    /** Every check of the input, in the order of the form; the first failure names its field. */
    EventInput.Checked check(CurrentUser me, EventInput in, Event existing) {
        if (in.kind() == null) {
            throw new InvalidEventException("kind", "event.error.kindRequired");
        }
        var title = trim(in.title());
        if (title == null) {
            throw new InvalidEventException("title", "event.error.titleRequired");
        }
        if (title.length() > 300) {
            throw new InvalidEventException("title", "event.error.tooLong", 300);
        }
        var description = trim(in.description());
        if (description != null && description.length() > 8000) {
            throw new InvalidEventException("description", "event.error.tooLong", 8000);
        }
        if (in.start() == null) {
            throw new InvalidEventException("start", "event.error.startRequired");
        }
        if (in.end() == null) {
            throw new InvalidEventException("end", "event.error.endRequired");
        }
        var startsAt = EventTimes.instant(in.start());
        var endsAt = EventTimes.instant(in.end());
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidEventException("end", "event.error.endBeforeStart");
        }
        var ekatte = trim(in.ekatte());
        String settlementName = null;
        String oblast = null;
        if (ekatte != null) {
            var s = geography
                    .findSettlement(ekatte)
                    .orElseThrow(
                            () -> new InvalidEventException("ekatte", "event.error.unknownSettlement", in.ekatte()));
            settlementName = s.fullNameBg();
            oblast = s.oblastCode();
        }
        var onlineUrl = trim(in.onlineUrl());
        if (onlineUrl != null) {
            onlineUrl = WebLinks.normalize(onlineUrl);
            if (onlineUrl == null || !WebLinks.isWeb(onlineUrl)) {
                throw new InvalidEventException("onlineUrl", "event.error.onlineUrl");
            }
        }
        if (ekatte == null && onlineUrl == null) {
            throw new InvalidEventException("ekatte", "event.error.placeRequired");
        }
        var address = trim(in.address());
        if (address != null && address.length() > 500) {
            throw new InvalidEventException("address", "event.error.tooLong", 500);
        }
        if (in.capacity() != null && (in.capacity() < 1 || in.capacity() > 100_000)) {
            throw new InvalidEventException("capacity", "event.error.capacity");
        }
        if (existing != null && in.capacity() != null) {
            long registered = registeredCount(existing);
            if (in.capacity() < registered) {
                throw new InvalidEventException("capacity", "event.error.capacityBelowRegistered", registered);
            }
        }
        var deadline = EventTimes.instant(in.registrationDeadline());
        if (deadline != null && deadline.isAfter(startsAt)) {
            throw new InvalidEventException("registrationDeadline", "event.error.deadlineAfterStart");
        }
        Long libraryId = in.libraryId();
        if (libraryId == null && me != null && me.is(Role.LIBRARIAN)) {
            var home = directory.homeOf(me).library();
            libraryId = home == null ? null : Long.valueOf(home);
        }
        String libraryName = null;
        if (libraryId != null) {
            var library = directory
                    .findOptional(libraryId)
                    .filter(o -> o.kind() == OrganisationKind.LIBRARY)
                    .orElseThrow(() -> new InvalidEventException("libraryId", "event.error.unknownLibrary"));
            oblast = oblast != null ? oblast : library.oblastCode();
            libraryName = library.name();
        }
        var oblasts = new LinkedHashSet<String>();
        for (var code : in.oblasts()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (geography.findOblast(code.trim()).isEmpty()) {
                throw new InvalidEventException("oblasts", "event.error.unknownOblast", code);
            }
            oblasts.add(code.trim());
        }
        if (oblast == null && oblasts.size() == 1) {
            oblast = oblasts.iterator().next();
        }
        if (oblast == null && me != null) {
            oblast = directory.homeOf(me).oblast();
        }
        var keys = audienceKeys(me, in, oblasts);
        boolean isPublic = Boolean.TRUE.equals(in.publicEvent());
        if (keys.isEmpty() && !isPublic) {
            throw new InvalidEventException("audience", "event.error.audienceRequired");
        }
        var agenda = new ArrayList<AgendaItem>();
        for (var item : in.agenda()) {
            if (item == null
                    || trim(item.topic()) == null && trim(item.speaker()) == null && trim(item.time()) == null) {
                continue;
            }
            if (trim(item.topic()) == null) {
                throw new InvalidEventException("agenda", "event.error.agendaTopic");
            }
            var time = trim(item.time());
            if (time != null && !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
                throw new InvalidEventException("agenda", "event.error.agendaTime", time);
            }
            agenda.add(new AgendaItem(time, trim(item.topic()), trim(item.speaker())));
        }
        checkScope(me, libraryId, libraryName, oblast);
        return new EventInput.Checked(
                in.kind(),
                title,
                description,
                startsAt,
                endsAt,
                ekatte,
                settlementName,
                oblast,
                address,
                onlineUrl,
                in.capacity(),
                deadline,
                libraryId,
                oblasts,
                in.roles(),
                in.chitalishteId(),
                in.partnershipId(),
                isPublic,
                agenda,
                keys);
    }

    /** A coordinator organises in their oblasts, a librarian for their libraries; null {@code me}: demo data. */
    private static void checkScope(CurrentUser me, Long libraryId, String libraryName, String oblast) {
        if (me == null || me.isAdmin()) {
            return;
        }
        if (me.is(Role.COORDINATOR)) {
            if (oblast == null) {
                throw new InvalidEventException("ekatte", "event.error.oblastRequired");
            }
            if (!me.covers(ScopeKind.OBLAST, oblast)) {
                throw new AccessDeniedException("oblast " + oblast);
            }
            return;
        }
        if (me.is(Role.LIBRARIAN)) {
            if (libraryId == null) {
                throw new InvalidEventException("libraryId", "event.error.unknownLibrary");
            }
            if (!me.covers(ScopeKind.LIBRARY, libraryId)) { // picked by name in the form: a clear refusal
                throw new InvalidEventException("libraryId", "event.error.libraryNotYours", libraryName);
            }
            return;
        }
        throw new AccessDeniedException("events");
    }

    private Set<String> audienceKeys(CurrentUser me, EventInput in, Set<String> oblasts) {
        var keys = new LinkedHashSet<String>();
        oblasts.forEach(o -> keys.add("OBLAST:" + o));
        if (in.chitalishteId() != null) {
            directory
                    .findOptional(in.chitalishteId())
                    .filter(o -> o.kind() == OrganisationKind.CHITALISHTE)
                    .orElseThrow(() -> new InvalidEventException("chitalishteId", "event.error.unknownChitalishte"));
            keys.add("CHITALISHTE:" + in.chitalishteId());
        }
        if (in.kind() == EventKind.BOARD_MEETING && in.chitalishteId() == null) {
            throw new InvalidEventException("chitalishteId", "event.error.boardNeedsChitalishte");
        }
        if (in.partnershipId() != null) {
            bg.libpartners.partnership.PartnershipDetails p;
            try {
                p = partnerships.findUnchecked(in.partnershipId());
            } catch (NotFoundException e) {
                throw new InvalidEventException("partnershipId", "event.error.unknownPartnership");
            }
            if (me != null && !partnershipAccess.mayView(me, p)) {
                throw new InvalidEventException("partnershipId", "event.error.unknownPartnership");
            }
            keys.add("LIBRARY:" + p.leadLibraryId());
            p.parties().forEach(x -> {
                keys.add("ORGANISATION:" + x.organisationId());
                keys.add("PARTY:" + x.id());
            });
        }
        if (keys.isEmpty() && !in.roles().isEmpty()) {
            keys.add(EventAccess.ALL);
        }
        return keys;
    }

    private long registeredCount(Event e) {
        return registrations.countByEventIdAndStatus(e.getId(), RegistrationStatus.REGISTERED);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
