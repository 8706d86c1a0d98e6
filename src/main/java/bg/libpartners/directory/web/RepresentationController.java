package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.RepresentationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership representative asks, from the organisation's page, for rights on the organisation itself; the people
 * who may grant them (admins, the oblast's coordinators, its existing representatives) approve or decline on one page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RepresentationController {

    private final RepresentationService representatives;

    RepresentationController(RepresentationService representatives) {
        this.representatives = representatives;
    }

    @PostMapping("/organisations/{id}/representation")
    String ask(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        representatives.ask(me, id);
        redirect.addFlashAttribute("representationAsked", true);
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/representation-requests")
    String pending(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("requests", representatives.pending(me));
        return "directory/representation-requests";
    }

    @PostMapping("/representation-requests/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        representatives.decide(me, id, true);
        redirect.addFlashAttribute("decided", "approved");
        return "redirect:/representation-requests";
    }

    @PostMapping("/representation-requests/{id}/decline")
    String decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        representatives.decide(me, id, false);
        redirect.addFlashAttribute("decided", "declined");
        return "redirect:/representation-requests";
    }
}
