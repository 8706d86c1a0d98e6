package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.event.ActionStatus;
import bg.libpartners.event.CalendarFeedService;
import bg.libpartners.event.EventReads;
import bg.libpartners.event.MinutesService;
import bg.libpartners.platform.BadRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The minutes of an event with its decisions and actions; one's own actions; one's calendar feed. */
@Controller
@PreAuthorize("isAuthenticated()")
class MinutesController {

    private final MinutesService minutes;
    private final EventReads reads;
    private final CalendarFeedService feeds;
    private final MessageSource messages;

    MinutesController(MinutesService minutes, EventReads reads, CalendarFeedService feeds, MessageSource messages) {
        this.minutes = minutes;
        this.reads = reads;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/events/{id}/minutes")
    String form(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var event = reads.view(me, id);
        var waiting = minutes.waitingAgreements(id);
        if (!event.mayManage() && waiting.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("event " + id);
        }
        model.addAttribute("event", event);
        model.addAttribute("decisions", minutes.decisions(id));
        model.addAttribute("actions", minutes.actions(me, id));
        model.addAttribute("owners", minutes.possibleOwners(id));
        model.addAttribute("waiting", waiting);
        if (!model.containsAttribute("markdown")) {
            model.addAttribute("markdown", event.minutesMarkdown());
        }
        return "event/minutes";
    }

    @PostMapping("/events/{id}/minutes")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String markdown,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String agreement,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect,
            Locale locale) {
        var list = new ArrayList<MinutesService.DecisionInput>();
        if (agreement != null && !agreement.isBlank()) {
            var parts = agreement.split(":");
            list.add(new MinutesService.DecisionInput(
                    decision,
                    Long.valueOf(parts[0]),
                    Integer.valueOf(parts[1]),
                    outcome == null ? null : "approve".equals(outcome)));
        } else if (decision != null && !decision.isBlank()) {
            list.add(new MinutesService.DecisionInput(decision, null, null, null));
        }
        try {
            minutes.recordMinutes(me, id, markdown, list);
            redirect.addFlashAttribute("minutesSaved", true);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("minutesError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale));
            redirect.addFlashAttribute("markdown", markdown);
        }
        return "redirect:/events/" + id + "/minutes";
    }

    @PostMapping("/events/{id}/actions")
    String addAction(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            minutes.addAction(me, id, new MinutesService.ActionInput(what, ownerId, dueDate, null, null));
            redirect.addFlashAttribute("actionSaved", true);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale));
        }
        return "redirect:/events/" + id + "/minutes#actions";
    }

    @PostMapping("/events/{id}/actions/{actionId}/status")
    String actionStatus(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam ActionStatus status,
            @RequestParam long version,
            @RequestParam(defaultValue = "/events/actions") String back) {
        minutes.setStatus(me, id, actionId, status, version);
        return "redirect:" + (back.startsWith("/events") ? back : "/events/actions");
    }

    @GetMapping("/events/actions")
    String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("actions", minutes.mine(me));
        model.addAttribute("hasFeed", feeds.hasFeed(me));
        return "event/actions";
    }

    @PostMapping("/events/feed")
    String renewFeed(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", feeds.renew(me));
        return "redirect:/events/actions#feed";
    }

    @PostMapping("/events/feed/revoke")
    String revokeFeed(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        feeds.revoke(me);
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/events/actions#feed";
    }

    static List<String> none() {
        return List.of();
    }
}
