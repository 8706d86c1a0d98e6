package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.event.EventKind;
import bg.libpartners.event.EventReads;
import bg.libpartners.event.EventRow;
import bg.libpartners.event.EventService;
import bg.libpartners.event.EventTimes;
import bg.libpartners.event.MinutesService;
import bg.libpartners.event.RegistrationService;
import bg.libpartners.material.MaterialService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.practice.PracticeService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar (list and month, by oblast and kind), an event's page, and the event form. The calendar and public
 * events' pages are open to visitors; the services decide what each person sees and may change.
 */
@Controller
class EventController {

    private static final Map<String, String> FORM_FIELDS = Map.of(
            "start",
            "startDate",
            "end",
            "endDate",
            "ekatte",
            "place",
            "registrationDeadline",
            "deadlineDate",
            "chitalishteId",
            "chitalishte",
            "audience",
            "oblasts",
            "partnershipId",
            "partnershipId");

    private final EventService service;
    private final EventReads reads;
    private final RegistrationService registrations;
    private final MinutesService minutes;
    private final MaterialService materials;
    private final PracticeService practices;
    private final EventFormPicker pickers;

    EventController(
            EventService service,
            EventReads reads,
            RegistrationService registrations,
            MinutesService minutes,
            MaterialService materials,
            PracticeService practices,
            EventFormPicker pickers) {
        this.service = service;
        this.reads = reads;
        this.registrations = registrations;
        this.minutes = minutes;
        this.materials = materials;
        this.practices = practices;
        this.pickers = pickers;
    }

    @GetMapping("/events")
    String calendar(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "list") String view,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) EventKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        var ym = parseMonth(month);
        model.addAttribute("oblastNames", pickers.oblasts(locale));
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("oblast", oblast == null || oblast.isBlank() ? null : oblast);
        model.addAttribute("kind", kind);
        model.addAttribute("month", ym);
        model.addAttribute(
                "mayCreate", me != null && (me.isAdmin() || me.is(Role.COORDINATOR) || me.is(Role.LIBRARIAN)));
        if ("month".equals(view)) {
            var rows = reads.month(me, ym, oblast, kind);
            model.addAttribute("weeks", weeks(ym, rows, new Links(request.getContextPath(), oblast, kind)));
            model.addAttribute("view", "month");
        } else {
            // from today on, or from a day of the month view that had more events than it shows
            var start = (from == null ? LocalDate.now(EventTimes.ZONE) : from)
                    .atStartOfDay(EventTimes.ZONE)
                    .toInstant();
            var list = reads.calendar(
                    me, start, start.plusSeconds(3L * 366 * 24 * 3600), oblast, kind, Math.max(0, page), 25);
            model.addAttribute("from", from);
            model.addAttribute("events", list);
            model.addAttribute(
                    "counts",
                    reads.counts(list.getContent().stream().map(EventRow::id).toList()));
            model.addAttribute("view", "list");
        }
        return "event/calendar";
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(EventTimes.ZONE);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month", "platform.error.malformedParameter", "month", month);
        }
    }

    /**
     * A day of the month view: its first events, how many more the list shows from that day, and the link to that
     * list. Public, as {@link Shown} is, so that the page's expressions on them compile (SpEL compiles only public
     * types' accessors).
     */
    public record Day(LocalDate date, List<Shown> shown, int more, String moreHref) {}

    /**
     * An event in a day of the month view: its link and "HH:mm title", made once here rather than by the page: a
     * month of 800 events is a hundred links, a fifth of the page's rendering when each went through {@code @{…}}.
     */
    public record Shown(String href, String label) {}

    /** The month view's links, as {@code @{/events/{id}}} and {@code @{/events(view=list,from=…,…)}} make them. */
    private record Links(String contextPath, String oblast, EventKind kind) {

        String event(long id) {
            return contextPath + "/events/" + id;
        }

        String listFrom(LocalDate day) {
            var b = UriComponentsBuilder.fromPath(contextPath + "/events")
                    .queryParam("view", "list")
                    .queryParam("from", day);
            if (oblast != null && !oblast.isBlank()) {
                b.queryParam("oblast", oblast);
            }
            if (kind != null) {
                b.queryParam("kind", kind);
            }
            return b.encode().build().toUriString();
        }
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    static final int SHOWN_A_DAY = 3;

    /** The month as weeks of seven days (Monday first); days outside it are null. */
    private static List<List<Day>> weeks(YearMonth ym, List<EventRow> rows, Links links) {
        var byDay = new LinkedHashMap<LocalDate, List<EventRow>>();
        rows.forEach(r -> byDay.computeIfAbsent(EventTimes.local(r.startsAt()).toLocalDate(), d -> new ArrayList<>())
                .add(r));
        var weeks = new ArrayList<List<Day>>();
        var day = ym.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(ym.atEndOfMonth())) {
            var week = new ArrayList<Day>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                if (!YearMonth.from(day).equals(ym)) {
                    week.add(null);
                    continue;
                }
                var all = byDay.getOrDefault(day, List.of());
                var shown = all.subList(0, Math.min(SHOWN_A_DAY, all.size())).stream()
                        .map(r -> new Shown(
                                links.event(r.id()), HOUR.format(EventTimes.local(r.startsAt())) + " " + r.title()))
                        .toList();
                int more = Math.max(0, all.size() - SHOWN_A_DAY);
                week.add(new Day(day, shown, more, more > 0 ? links.listFrom(day) : null));
            }
            weeks.add(week);
        }
        return weeks;
    }

    @GetMapping("/events/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var event = reads.view(me, id);
        model.addAttribute("event", event);
        model.addAttribute("mine", registrations.mine(me, id).orElse(null));
        model.addAttribute("registrants", event.mayManage() ? registrations.list(me, id) : List.of());
        model.addAttribute("decisions", minutes.decisions(id));
        model.addAttribute("actions", me == null ? List.of() : minutes.actions(me, id));
        model.addAttribute("chitalishteName", pickers.chitalishteName(event.chitalishteId()));
        var linkedMaterials = new ArrayList<MaterialService.MaterialView>();
        event.materialIds().forEach(m -> {
            try {
                linkedMaterials.add(materials.get(m));
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException hidden) {
                // a material the reader may not see is not listed
            }
        });
        var linkedPractices = new ArrayList<bg.libpartners.practice.PracticeView>();
        event.practiceIds().forEach(p -> {
            try {
                linkedPractices.add(practices.view(p));
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException hidden) {
                // a draft the reader may not see is not listed
            }
        });
        model.addAttribute("materials", linkedMaterials);
        model.addAttribute("practices", linkedPractices);
        model.addAttribute("startText", EventTimes.format(event.startsAt()));
        model.addAttribute("endText", EventTimes.format(event.endsAt()));
        model.addAttribute(
                "deadlineText",
                event.registrationDeadline() == null
                        ? null
                        : EventTimes.DATE_TIME.format(event.registrationDeadline()));
        return "event/detail";
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LIBRARIAN')")
    @GetMapping("/events/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        var form = new EventForm();
        var libraries = pickers.libraries(me);
        if (!libraries.isEmpty()) {
            form.setLibraryId(libraries.get(0).id());
        }
        form.pad();
        model.addAttribute("form", form);
        return form(me, null, model, locale);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LIBRARIAN')")
    @PostMapping("/events/new")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") EventForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        // without script a typed name only lists the picker's choices; nothing is saved yet
        if (!result.hasErrors() && !bg.libpartners.platform.pick.PickService.searching(request)) {
            try {
                long id = service.create(me, input(me, form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + id;
            } catch (BadRequestException e) {
                reject(result, e);
            }
        }
        form.pad();
        return form(me, null, model, locale);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/events/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        var event = reads.view(me, id);
        if (!event.mayManage()) {
            throw new org.springframework.security.access.AccessDeniedException("event " + id);
        }
        var form = EventForm.of(event, pickers.chitalishteName(event.chitalishteId()));
        form.pad();
        model.addAttribute("form", form);
        return form(me, id, model, locale);
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/edit")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") EventForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        // without script a typed name only lists the picker's choices; nothing is saved yet
        if (!result.hasErrors() && !bg.libpartners.platform.pick.PickService.searching(request)) {
            try {
                service.update(me, id, input(me, form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + id;
            } catch (BadRequestException e) {
                reject(result, e);
            }
        }
        form.pad();
        return form(me, id, model, locale);
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        service.cancel(me, id);
        redirect.addFlashAttribute("cancelledEvent", true);
        return "redirect:/events/" + id;
    }

    /** Suggestions for the place field, as the options of its datalist (htmx). */
    @GetMapping("/events/settlements")
    String settlements(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String place, Model model) {
        model.addAttribute(
                "options",
                pickers.settlements(q.isBlank() ? place : q).stream()
                        .map(EventFormPicker::label)
                        .toList());
        return "event/parts :: settlementOptions";
    }

    private bg.libpartners.event.EventInput input(CurrentUser me, EventForm form) {
        return form.toInput(
                pickers.ekatte(form.getPlace()).orElse(null), pickers.chitalishte(me, form.getChitalishte()));
    }

    private String form(CurrentUser me, Long id, Model model, Locale locale) {
        model.addAttribute("id", id);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute(
                "roles", List.of(Role.COORDINATOR, Role.LIBRARIAN, Role.BOARD_MEMBER, Role.PARTNER, Role.EXPERT));
        model.addAttribute("oblastNames", pickers.oblasts(locale));
        model.addAttribute("libraries", pickers.libraries(me));
        model.addAttribute("chitalishta", pickers.chitalishta(me));
        return "event/edit";
    }

    static void reject(BindingResult result, BadRequestException e) {
        var field = FORM_FIELDS.getOrDefault(e.getParameter(), e.getParameter());
        if (field != null && result.getFieldType(field) != null) {
            result.rejectValue(field, e.getMessageKey(), e.getArgs(), e.getMessageKey());
        } else {
            result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
        }
    }
}
