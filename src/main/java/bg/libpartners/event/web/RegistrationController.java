package bg.libpartners.event.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.event.RegistrationService;
import bg.libpartners.platform.BadRequestException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering on an event's page (oneself, or someone by name and e-mail; visitors for public events), cancelling
 * with the personal link or from the page, and marking attendance.
 */
@Controller
class RegistrationController {

    private final RegistrationService registrations;
    private final MessageSource messages;

    RegistrationController(RegistrationService registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @PostMapping("/events/{id}/register")
    String register(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        try {
            var r = registrations.register(me, id, new RegistrationService.RegistrationRequest(name, email));
            redirect.addFlashAttribute("registered", r);
        } catch (BadRequestException e) {
            redirect.addFlashAttribute(
                    "registrationError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale));
            redirect.addFlashAttribute("registrationField", e.getParameter());
            redirect.addFlashAttribute("typedName", name);
            redirect.addFlashAttribute("typedEmail", email);
        }
        return "redirect:/events/" + id + "#registration";
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/registrations/{rid}/cancel")
    String cancel(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long rid,
            RedirectAttributes redirect) {
        registrations.cancel(me, id, rid);
        redirect.addFlashAttribute("cancelledRegistration", true);
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/registrations/cancel")
    String cancelLink(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("event", registrations.eventOfToken(token).orElse(null));
        return "event/cancel";
    }

    @PostMapping("/events/registrations/cancel")
    String cancelByLink(@RequestParam(defaultValue = "") String token, Model model) {
        var r = registrations.cancelByToken(token);
        model.addAttribute("done", r);
        return "event/cancel";
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/events/{id}/attendance")
    String attendance(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(name = "present", required = false) Set<Long> present,
            RedirectAttributes redirect) {
        registrations.markAttendance(me, id, present);
        redirect.addFlashAttribute("attendanceSaved", true);
        return "redirect:/events/" + id + "#attendance";
    }
}
