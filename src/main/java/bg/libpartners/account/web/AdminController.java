package bg.libpartners.account.web;

import bg.libpartners.account.AccountException;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.AuditService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users, invitations and the audit trail for the programme team (coordinators may invite in their oblasts). */
@Controller
class AdminController {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final AuditService audit;

    AdminController(AccountService accounts, InvitationService invitations, AuditService audit) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/admin/invitations/new")
    String inviteForm(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") Forms.Invite form, Model model) {
        model.addAttribute("roles", me.role().mayInvite());
        return "admin/invite";
    }

    /** The form again after a picker search: the search is not a submission, so it shows no field errors. */
    private String inviteForm(CurrentUser me, Forms.Invite form, BindingResult clean, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", clean);
        return inviteForm(me, form, model);
    }

    @PostMapping("/admin/invitations/new")
    String invite(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") Forms.Invite form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        if (bg.libpartners.platform.pick.PickService.searching(request)) { // no script: list what was found by name
            return inviteForm(
                    me, form, new org.springframework.validation.BeanPropertyBindingResult(form, "form"), model);
        }
        if (!result.hasErrors()) {
            try {
                var sent = invitations.invite(
                        me, form.getEmail(), form.getRole(), form.scopeRefs(), LocaleContextHolder.getLocale());
                redirect.addFlashAttribute("sent", sent);
                return "redirect:/admin/invitations/new";
            } catch (AccountException e) {
                result.rejectValue(e.getField(), e.getMessageKey());
                if (e instanceof bg.libpartners.account.ScopeNotYoursException) {
                    response.setStatus(403); // refused, not just invalid: the form is shown again with the reason
                }
            }
        }
        return inviteForm(me, form, model);
    }

    /**
     * The audit trail, filtered by a record the admin picks by name (an organisation or a partnership, through the
     * pickers; its id travels only as the pickers' hidden value), by the kind of record and by who changed it. A bare
     * {@code entityId} is still understood, for links that point at one record's history.
     */
    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String partnership,
            @RequestParam(required = false) String actor,
            @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        var kind = entity;
        var id = entityId;
        if (organisation != null && !organisation.isBlank()) {
            kind = "Organisation";
            id = organisation;
        } else if (partnership != null && !partnership.isBlank()) {
            kind = "Partnership";
            id = partnership;
        }
        model.addAttribute("page", audit.search(kind, id, actor, pageable));
        model.addAttribute("entity", entity);
        model.addAttribute("entityId", organisation == null && partnership == null ? entityId : null);
        model.addAttribute("organisation", organisation);
        model.addAttribute("partnership", partnership);
        model.addAttribute("actor", actor);
        return "admin/audit";
    }
}
