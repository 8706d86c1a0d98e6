package bg.libpartners.practice.web;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.practice.PartnershipPracticeService;
import bg.libpartners.practice.PracticeService;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and moderating practices. The catalogue's URLs are public, so every handler here asks for a signed-in
 * author or moderator itself, and the service checks the record.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PracticeEditController {

    private static final Set<String> FORM_FIELDS = Set.of(
            "title",
            "summary",
            "story",
            "country",
            "place",
            "startYear",
            "endYear",
            "results",
            "lessons",
            "fields",
            "targetGroups");

    private final PracticeService practices;
    private final PartnershipPracticeService fromPartnerships;

    PracticeEditController(PracticeService practices, PartnershipPracticeService fromPartnerships) {
        this.practices = practices;
        this.fromPartnerships = fromPartnerships;
    }

    @GetMapping("/practices/desk")
    String desk(Model model) {
        model.addAttribute("mine", practices.mine());
        model.addAttribute("review", practices.mayModerate() ? practices.reviewQueue() : java.util.List.of());
        model.addAttribute("mayWrite", practices.mayWrite());
        model.addAttribute("mayModerate", practices.mayModerate());
        return "practice/desk";
    }

    @PreAuthorize("hasAnyRole('LIBRARIAN','COORDINATOR','ADMIN')")
    @GetMapping("/practices/new")
    String newForm(@ModelAttribute("form") PracticeForm form) {
        form.pad();
        return "practice/edit";
    }

    @PreAuthorize("hasAnyRole('LIBRARIAN','COORDINATOR','ADMIN')")
    @PostMapping("/practices/new")
    String create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var id = practices.draftFrom(form.toDraft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/practices/" + id + "/edit";
            } catch (BadRequestException e) {
                reject(result, e);
            }
        }
        form.pad();
        return "practice/edit";
    }

    /** "Publish as a good practice" on a partnership's page: a draft filled from its record, opened for editing. */
    @PreAuthorize("hasAnyRole('LIBRARIAN','COORDINATOR','ADMIN')")
    @PostMapping("/practices/from-partnership/{partnershipId}")
    String fromPartnership(@PathVariable long partnershipId, RedirectAttributes redirect) {
        long id = fromPartnerships.start(partnershipId);
        redirect.addFlashAttribute("fromPartnership", true);
        return "redirect:/practices/" + id + "/edit";
    }

    @GetMapping("/practices/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var practice = practices.view(id);
        if (!practices.mayEdit(practice)) {
            return "redirect:/practices/" + id;
        }
        var form = PracticeForm.of(practice);
        form.pad();
        model.addAttribute("form", form);
        model.addAttribute("practice", practice);
        model.addAttribute("authorConsent", practices.authorConsent(id).orElse(null));
        return "practice/edit";
    }

    @PostMapping("/practices/{id}/edit")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PracticeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                practices.update(id, form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/practices/" + id + "/edit";
            } catch (BadRequestException e) {
                reject(result, e);
            }
        }
        form.pad();
        model.addAttribute("practice", practices.view(id));
        return "practice/edit";
    }

    @PostMapping("/practices/{id}/author")
    String nameAuthor(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean named, RedirectAttributes redirect) {
        practices.nameAuthor(id, named);
        redirect.addFlashAttribute("notice", named ? "practice.notice.authorNamed" : "practice.notice.authorHidden");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        practices.submit(id);
        redirect.addFlashAttribute("notice", "practice.notice.submitted");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        practices.publish(id);
        redirect.addFlashAttribute("notice", "practice.notice.published");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/return")
    String returnToAuthor(
            @PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        practices.returnWith(id, comment);
        redirect.addFlashAttribute("notice", "practice.notice.returned");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/images")
    String addImage(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String caption,
            RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            throw new BadRequestException("file", "practice.error.noFile");
        }
        try (var in = file.getInputStream()) {
            practices.addImage(id, in, file.getOriginalFilename(), caption);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/practices/" + id + "/edit";
    }

    @PostMapping("/practices/{id}/images/{position}/delete")
    String removeImage(@PathVariable long id, @PathVariable int position) {
        practices.removeImage(id, position);
        return "redirect:/practices/" + id + "/edit";
    }

    private static void reject(BindingResult result, BadRequestException e) {
        if (FORM_FIELDS.contains(e.getParameter())) {
            result.rejectValue(e.getParameter(), e.getMessageKey(), e.getArgs(), null);
        } else {
            result.reject(e.getMessageKey(), e.getArgs(), null);
        }
    }
}
