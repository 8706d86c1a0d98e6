package bg.libpartners.account.web;

import bg.libpartners.account.AccountException;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.ScopeNotYoursException;
import bg.libpartners.account.UserAdministration;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.pick.PickService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people pages: the list with search and last sign-in, one person's role and scopes (picked by name), disable
 * and re-enable, the invitations (send again, revoke) and the erasure requests. Admins and coordinators (in their
 * oblasts); the rules are {@link UserAdministration}'s.
 */
@Controller
class UserAdminController {

    private final UserAdministration admin;
    private final InvitationService invitations;

    UserAdminController(UserAdministration admin, InvitationService invitations) {
        this.admin = admin;
        this.invitations = invitations;
    }

    @GetMapping("/admin/users")
    String users(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        model.addAttribute("page", admin.search(me, q, pageable));
        model.addAttribute("q", q);
        return "admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, Model model) {
        var user = admin.get(me, id);
        var form = new Forms.EditUser();
        form.setRole(user.role());
        form.setVersion(user.version());
        for (var kind :
                EnumSet.of(ScopeKind.OBLAST, ScopeKind.LIBRARY, ScopeKind.CHITALISHTE, ScopeKind.ORGANISATION)) {
            var refs = user.scopes().stream()
                    .filter(s -> s.kind() == kind)
                    .map(s -> s.ref())
                    .collect(Collectors.joining(","));
            switch (kind) {
                case OBLAST -> form.setOblasts(refs);
                case LIBRARY -> form.setLibraries(refs);
                case CHITALISHTE -> form.setChitalishta(refs);
                default -> form.setOrganisations(refs);
            }
        }
        return editForm(me, user, form, model);
    }

    private String editForm(CurrentUser me, UserAdministration.ManagedUser user, Forms.EditUser form, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute(
                "roles", me.isAdmin() ? EnumSet.allOf(Role.class) : me.role().mayInvite());
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") Forms.EditUser form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = admin.get(me, id);
        if (PickService.searching(request)) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
            return editForm(me, user, form, model);
        }
        if (!result.hasErrors()) {
            try {
                admin.assign(me, id, form.getRole(), form.scopeRefs(), form.getVersion());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/users/" + id;
            } catch (ScopeNotYoursException e) {
                response.setStatus(403);
                result.rejectValue(e.getField() == null ? "role" : e.getField(), e.getMessageKey());
            } catch (AccountException e) {
                result.rejectValue(fieldFor(e.getField(), form), e.getMessageKey());
            } catch (ConflictException e) {
                response.setStatus(409);
                result.reject("account.admin.conflict");
            }
        }
        return editForm(me, user, form, model);
    }

    /** A scope error belongs to the picker of the role's kind. */
    private static String fieldFor(String field, Forms.EditUser form) {
        if (!"scope".equals(field) || form.getRole() == null || form.getRole().scopeKind() == null) {
            return "role";
        }
        return switch (form.getRole().scopeKind()) {
            case OBLAST -> "oblasts";
            case LIBRARY -> "libraries";
            case CHITALISHTE -> "chitalishta";
            default -> "organisations";
        };
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        admin.disable(me, id, true);
        redirect.addFlashAttribute("disabled", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        admin.disable(me, id, false);
        redirect.addFlashAttribute("enabled", true);
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/invitations")
    String invitations(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("invitations", invitations.list(me));
        return "admin/invitations";
    }

    @PostMapping("/admin/invitations/{id}/resend")
    String resend(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sent", invitations.resend(me, id, LocaleContextHolder.getLocale()));
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessageKey());
        }
        return "redirect:/admin/invitations";
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            invitations.revoke(me, id);
            redirect.addFlashAttribute("revoked", true);
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessageKey());
        }
        return "redirect:/admin/invitations";
    }

    @GetMapping("/admin/erasures")
    String erasures(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("requests", admin.openErasures(me));
        return "admin/erasures";
    }

    @PostMapping("/admin/erasures/{id}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        admin.confirmErasure(me, id);
        redirect.addFlashAttribute("erased", true);
        return "redirect:/admin/erasures";
    }

    @PostMapping("/admin/erasures/{id}/decline")
    String decline(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        admin.declineErasure(me, id);
        redirect.addFlashAttribute("declined", true);
        return "redirect:/admin/erasures";
    }
}
