package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.event.ActionStatus;
import bg.libpartners.event.ActionView;
import bg.libpartners.event.CalendarFeedService;
import bg.libpartners.event.DecisionView;
import bg.libpartners.event.EventInput;
import bg.libpartners.event.EventKind;
import bg.libpartners.event.EventReads;
import bg.libpartners.event.EventRow;
import bg.libpartners.event.EventService;
import bg.libpartners.event.EventTimes;
import bg.libpartners.event.EventView;
import bg.libpartners.event.MinutesService;
import bg.libpartners.event.RegistrationService;
import bg.libpartners.event.RegistrationView;
import bg.libpartners.event.SignInSheetRenderer;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Events over REST. Public events, their {@code .ics} and the personal feed are readable without signing in; the
 * rest needs a session or token, and the services check each record (a coordinator's oblasts, a librarian's
 * libraries).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Events",
        description = "Regional meetings, board meetings, round tables and trainings: registration "
                + "with a waiting list, attendance, minutes, follow-up actions and calendar files")
class EventApiController {

    static final int MAX_SIZE = 200;
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventService service;
    private final EventReads reads;
    private final RegistrationService registrations;
    private final MinutesService minutes;
    private final CalendarFeedService feeds;
    private final SignInSheetRenderer sheets;

    EventApiController(
            EventService service,
            EventReads reads,
            RegistrationService registrations,
            MinutesService minutes,
            CalendarFeedService feeds,
            SignInSheetRenderer sheets) {
        this.service = service;
        this.reads = reads;
        this.registrations = registrations;
        this.minutes = minutes;
        this.feeds = feeds;
        this.sheets = sheets;
    }

    record LinksRequest(Set<Long> materials, Set<Long> practices) {}

    record AttendanceRequest(Set<Long> present) {}

    record MinutesRequest(String markdown, List<MinutesService.DecisionInput> decisions) {}

    record MinutesResource(String markdown, String html, List<DecisionView> decisions) {}

    record ActionStatusRequest(ActionStatus status, Long version) {}

    record FeedResource(String url) {}

    @Operation(
            summary = "The calendar: events starting in [from, to) (Europe/Sofia dates; default from today for a"
                    + " year) that the caller may see, by oblast and kind")
    @GetMapping("/events")
    ApiPage<EventRow> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) EventKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "platform.error.malformedParameter", "page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "platform.error.malformedParameter", "size", size);
        }
        var start = from != null ? from : LocalDate.now(EventTimes.ZONE);
        var end = to != null ? to : start.plusYears(1);
        return ApiPage.of(reads.calendar(
                me,
                start.atStartOfDay(EventTimes.ZONE).toInstant(),
                end.atStartOfDay(EventTimes.ZONE).toInstant(),
                oblast,
                kind,
                page,
                size));
    }

    @Operation(summary = "Create an event; times are local to Europe/Sofia")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LIBRARIAN')")
    @PostMapping("/events")
    ResponseEntity<EventView> create(@AuthenticationPrincipal CurrentUser me, @RequestBody EventInput input) {
        long id = service.create(me, input);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(reads.view(me, id));
    }

    @GetMapping("/events/{id}")
    EventView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reads.view(me, id);
    }

    @Operation(summary = "Change an event; needs the version (body or If-Match): 428 without, 409 when stale")
    @PreAuthorize("isAuthenticated()")
    @PutMapping("/events/{id}")
    EventView update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody EventInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.update(me, id, input.withVersion(ExpectedVersion.of(input.version(), ifMatch)));
        return reads.view(me, id);
    }

    @Operation(summary = "Cancel an event: registrants are told, calendars show it CANCELLED")
    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/cancellation")
    EventView cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        service.cancel(me, id);
        return reads.view(me, id);
    }

    @Operation(summary = "Link materials and good practices to the event (replaces the links)")
    @PreAuthorize("isAuthenticated()")
    @PutMapping("/events/{id}/links")
    EventView link(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody LinksRequest body) {
        service.link(me, id, body.materials(), body.practices());
        return reads.view(me, id);
    }

    @Operation(summary = "The registrations in order (organisers only)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/{id}/registrations")
    List<RegistrationView> registrations(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return registrations.list(me, id);
    }

    @Operation(
            summary = "Register oneself (empty body) or a person by name and e-mail; answers REGISTERED or"
                    + " WAITLISTED with the personal cancel link")
    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/registrations")
    ResponseEntity<RegistrationView> register(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody(required = false) RegistrationService.RegistrationRequest body) {
        var r = registrations.register(me, id, body);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/registrations/" + r.id()))
                .body(r);
    }

    @Operation(summary = "Cancel a registration (its registrant or the organisers); the first waiting is promoted")
    @PreAuthorize("isAuthenticated()")
    @DeleteMapping("/events/{id}/registrations/{rid}")
    RegistrationView cancelRegistration(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long rid) {
        return registrations.cancel(me, id, rid);
    }

    @Operation(summary = "Mark who came: the ids of the registrations present, the others absent")
    @PreAuthorize("isAuthenticated()")
    @PutMapping("/events/{id}/attendance")
    List<RegistrationView> attendance(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody AttendanceRequest body) {
        registrations.markAttendance(me, id, body.present());
        return registrations.list(me, id);
    }

    @Operation(summary = "The event as iCalendar (TZID=Europe/Sofia, stable UID, SEQUENCE, CANCELLED)")
    @GetMapping(value = "/events/{id}.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"")
                .body(feeds.eventIcs(me, id));
    }

    @Operation(summary = "The printable sign-in sheet (PDF, organisers only)")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/{id}/attendance.pdf")
    ResponseEntity<StreamingResponseBody> sheet(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale) {
        var html = sheets.html(me, id, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"attendance-" + id + ".pdf\"")
                .body(out -> sheets.render(html, out));
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/{id}/minutes")
    MinutesResource minutes(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var view = reads.view(me, id);
        return new MinutesResource(view.minutesMarkdown(), view.minutesHtml(), minutes.decisions(id));
    }

    @Operation(
            summary =
                    "Write the minutes (Markdown, sanitised) and add decisions; at a board meeting a decision "
                            + "may approve or return an agreement waiting for that board (partnershipId, agreementNumber, approve)")
    @PreAuthorize("isAuthenticated()")
    @PutMapping("/events/{id}/minutes")
    MinutesResource writeMinutes(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody MinutesRequest body) {
        minutes.recordMinutes(me, id, body.markdown(), body.decisions());
        return minutes(me, id);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/{id}/actions")
    List<ActionView> actions(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return minutes.actions(me, id);
    }

    @Operation(summary = "Add a follow-up action: what, owner (a registrant with an account or the organiser), due")
    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/actions")
    ResponseEntity<ActionView> addAction(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody MinutesService.ActionInput body) {
        var action = minutes.addAction(me, id, body);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/actions/" + action.id()))
                .body(action);
    }

    @Operation(summary = "Mark an action done or open (its owner), or cancelled (organisers); needs the version")
    @PreAuthorize("isAuthenticated()")
    @PutMapping("/events/{id}/actions/{actionId}")
    ActionView actionStatus(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestBody ActionStatusRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return minutes.setStatus(me, id, actionId, body.status(), ExpectedVersion.of(body.version(), ifMatch));
    }

    @Operation(summary = "The caller's open follow-up actions")
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/actions/mine")
    List<ActionView> myActions(@AuthenticationPrincipal CurrentUser me) {
        return minutes.mine(me);
    }

    @Operation(
            summary = "The personal calendar feed at its secret URL (no sign-in): events one is invited to or "
                    + "registered for")
    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Cache-Control", "private, max-age=300")
                .body(feeds.feed(secret));
    }

    @Operation(summary = "A new secret feed URL (the previous one stops working); shown once")
    @PreAuthorize("isAuthenticated()")
    @PostMapping("/calendar/feed")
    FeedResource renewFeed(@AuthenticationPrincipal CurrentUser me) {
        return new FeedResource(feeds.renew(me));
    }

    @Operation(summary = "Revoke the personal feed")
    @PreAuthorize("isAuthenticated()")
    @DeleteMapping("/calendar/feed")
    ResponseEntity<Map<String, Boolean>> revokeFeed(@AuthenticationPrincipal CurrentUser me) {
        feeds.revoke(me);
        return ResponseEntity.ok(Map.of("revoked", true));
    }
}
