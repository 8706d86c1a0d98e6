package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.InvalidPartnershipException;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.SuggestionService;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The seed's six steps as a wizard over a draft: target group, concept, partners (with suggestions), communication,
 * roles, benefits, then the agreement. Every step saves the draft; back and forward keep what was typed.
 */
@Controller
class BuilderController {

    static final int STEPS = 7;

    private final PartnershipService service;
    private final PartnershipAccess access;
    private final SuggestionService suggestions;
    private final Directory directory;
    private final bg.libpartners.directory.BoardAndStaff boards;

    BuilderController(
            PartnershipService service,
            PartnershipAccess access,
            SuggestionService suggestions,
            Directory directory,
            bg.libpartners.directory.BoardAndStaff boards) {
        this.boards = boards;
        this.service = service;
        this.access = access;
        this.suggestions = suggestions;
        this.directory = directory;
    }

    /** The stored draft; the posted fields of one step are bound on top of it. */
    @ModelAttribute("form")
    PartnershipForm form(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var p = service.get(me, id);
        access.checkEdit(me, p);
        return PartnershipForm.of(p);
    }

    @GetMapping("/partnerships/{id}/builder/{step}")
    String step(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable int step,
            @ModelAttribute("form") PartnershipForm form,
            Model model) {
        if (step < 1 || step > STEPS) {
            throw new NotFoundException("partnership.error.noSuchStep", step);
        }
        var p = service.get(me, id);
        model.addAttribute("p", p);
        model.addAttribute("step", step);
        model.addAttribute(
                "steps",
                java.util.stream.IntStream.rangeClosed(1, STEPS).boxed().toList());
        model.addAttribute("allTargetGroups", TargetGroup.values());
        model.addAttribute("allFields", ActivityField.values());
        model.addAttribute("allContributions", Contribution.values());
        if (step == 3) {
            model.addAttribute("suggestions", suggestions.forPartnership(p, 12));
            model.addAttribute("chosen", directory.findAll(form.getOrganisationIds()));
        }
        if (step == 5) {
            RepresentativeChoices.offer(boards, me, form, model, true);
        }
        return "partnership/builder/step";
    }

    @PostMapping("/partnerships/{id}/builder/{step}")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable int step,
            @ModelAttribute("form") PartnershipForm form,
            BindingResult result,
            @RequestParam(defaultValue = "next") String go,
            @RequestParam(required = false) java.util.List<Long> addOrganisation,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (addOrganisation != null) {
            form.getOrganisationIds().addAll(addOrganisation);
        }
        if (bg.libpartners.platform.pick.PickService.searching(request)) { // no script: list the partners found by name
            return step(me, id, step, form, model);
        }
        try {
            service.saveStep(me, id, form.toInput(step == 3), Math.min(STEPS, step + 1));
        } catch (InvalidPartnershipException e) {
            Forms.reject(result, e);
            return step(me, id, step, form, model);
        }
        int target = switch (go) {
            case "back" -> Math.max(1, step - 1);
            case "stay" -> step;
            default -> Math.min(STEPS, step + 1);
        };
        return "redirect:/partnerships/" + id + "/builder/" + target;
    }
}
