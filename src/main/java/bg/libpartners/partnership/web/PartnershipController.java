package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.InvalidPartnershipException;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipFilter;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.platform.web.EditConflict;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Partnership pages: the list, the record with its timeline, the edit form, lifecycle buttons, confirmations. */
@Controller
class PartnershipController {

    private final PartnershipService service;
    private final PartnershipCatalog catalog;
    private final PartnershipAccess access;
    private final Directory directory;
    private final bg.libpartners.partnership.RepresentativeInvitationService invitations;
    private final bg.libpartners.directory.BoardAndStaff boards;

    PartnershipController(
            PartnershipService service,
            PartnershipCatalog catalog,
            PartnershipAccess access,
            Directory directory,
            bg.libpartners.partnership.RepresentativeInvitationService invitations,
            bg.libpartners.directory.BoardAndStaff boards) {
        this.boards = boards;
        this.invitations = invitations;
        this.service = service;
        this.catalog = catalog;
        this.access = access;
        this.directory = directory;
    }

    @ModelAttribute
    void codes(Model model) {
        model.addAttribute("statuses", PartnershipStatus.values());
        model.addAttribute("allTargetGroups", TargetGroup.values());
        model.addAttribute("allFields", ActivityField.values());
        model.addAttribute("allContributions", Contribution.values());
        model.addAttribute("partnerTypes", PartnerType.values());
    }

    @GetMapping("/partnerships")
    String list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Long library,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new PartnershipFilter(
                library, blank(partnerType), PartnershipApiController.status(status, "status"), blank(oblast));
        model.addAttribute("result", catalog.list(me, filter, Math.max(0, page), 20));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "mayCreate",
                me != null
                        && (me.isAdmin()
                                || !me.refs(ScopeKind.LIBRARY).isEmpty()
                                || !me.refs(ScopeKind.OBLAST).isEmpty()));
        return "partnership/list";
    }

    @GetMapping("/partnerships/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") PartnershipForm form, Model model) {
        model.addAttribute(
                "libraries",
                directory.findAll(
                        me.refs(ScopeKind.LIBRARY).stream().map(Long::valueOf).toList()));
        return "partnership/new";
    }

    @PostMapping("/partnerships/new")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") PartnershipForm form,
            BindingResult result,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (bg.libpartners.platform.pick.PickService.searching(
                request)) { // no script: list the libraries found by name
            return newForm(me, form, model);
        }
        try {
            long id = service.create(me, form.toInput(false), false);
            return "redirect:/partnerships/" + id + "/builder/1";
        } catch (InvalidPartnershipException e) {
            Forms.reject(result, e);
            return newForm(me, form, model);
        }
    }

    @GetMapping("/partnerships/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var p = service.get(me, id);
        model.addAttribute("p", p);
        model.addAttribute("timeline", service.timeline(id));
        model.addAttribute("comments", service.comments(id));
        model.addAttribute("mayEdit", access.mayEdit(me, p));
        model.addAttribute(
                "ownParties",
                p.parties().stream()
                        .filter(x -> access.representsParty(me, x))
                        .map(x -> x.id())
                        .toList());
        model.addAttribute("today", LocalDate.now());
        return "partnership/detail";
    }

    @GetMapping("/partnerships/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var p = service.get(me, id);
        access.checkEdit(me, p);
        boolean fresh = !model.containsAttribute("form");
        if (fresh) {
            model.addAttribute("form", PartnershipForm.of(p));
        }
        RepresentativeChoices.offer(boards, me, (PartnershipForm) model.getAttribute("form"), model, fresh);
        model.addAttribute("p", p);
        return "partnership/edit";
    }

    /** The record's own fields, compared with the saved record when someone else saved it meanwhile. */
    private static final String[] COMPARED = {
        "title",
        "targetGroups",
        "fields",
        "need",
        "concept",
        "goals",
        "channels",
        "meetingRhythm",
        "reporting",
        "evaluation",
        "sharedCosts",
        "sharedPremises",
        "startDate",
        "endDate"
    };

    @PostMapping("/partnerships/{id}/edit")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") PartnershipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.update(me, id, form.toInput(false), true);
            redirect.addFlashAttribute("notice", "partnership.notice.saved");
            return "redirect:/partnerships/" + id;
        } catch (InvalidPartnershipException e) {
            Forms.reject(result, e);
            return editForm(me, id, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            var saved = PartnershipForm.of(service.get(me, id));
            EditConflict.report(result, saved, "partnership.field.", COMPARED);
            form.setVersion(saved.getVersion());
            return editForm(me, id, model);
        }
    }

    @PostMapping("/partnerships/{id}/transition")
    String transition(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "partnership.notice.moved",
                () -> service.transition(me, id, PartnershipApiController.status(status, "status"), reason, version));
    }

    @PostMapping("/partnerships/{id}/renew")
    String renew(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "partnership.notice.renewed", () -> service.renew(me, id, endDate, reason, version));
    }

    @PostMapping("/partnerships/{id}/parties/{partyId}/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long partyId,
            RedirectAttributes redirect) {
        return act(id, redirect, "partnership.notice.confirmed", () -> service.confirm(me, id, partyId));
    }

    @PostMapping("/partnerships/{id}/parties/{partyId}/invite")
    String invite(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long partyId,
            @RequestParam(required = false) String email,
            java.util.Locale locale,
            RedirectAttributes redirect) {
        try {
            var sent = invitations.invite(me, id, partyId, email, locale);
            redirect.addFlashAttribute("notice", "partnership.notice.invited");
            redirect.addFlashAttribute("inviteLink", sent.link());
        } catch (bg.libpartners.platform.BadRequestException e) {
            redirect.addFlashAttribute("errorKey", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
        }
        return "redirect:/partnerships/" + id;
    }

    @PostMapping("/partnerships/{id}/comments")
    String comment(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long partyId,
            @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        return act(id, redirect, "partnership.notice.commented", () -> service.comment(me, id, partyId, body));
    }

    static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidPartnershipException e) {
            redirect.addFlashAttribute("errorKey", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
        }
        return "redirect:/partnerships/" + id;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
