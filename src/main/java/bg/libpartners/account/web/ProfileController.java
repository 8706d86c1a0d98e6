package bg.libpartners.account.web;

import bg.libpartners.account.AccountException;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.ApiTokenService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.SignedInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own page: who they are, their scopes, their API tokens, a new password. */
@Controller
class ProfileController {

    private final AccountService accounts;
    private final ApiTokenService tokens;

    ProfileController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String profile(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("tokenForm") Forms.NewToken tokenForm,
            Model model) {
        model.addAttribute("user", accounts.get(me.id()));
        model.addAttribute("tokens", tokens.list(me.id()));
        return "account/profile";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("tokenForm") Forms.NewToken tokenForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profile(me, tokenForm, model);
        }
        var created = tokens.create(me.id(), tokenForm.getName(), tokenForm.isReadOnly(), tokenForm.getDays());
        redirect.addFlashAttribute("newToken", created);
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") Forms.ChangePassword form) {
        return "account/password";
    }

    /** Changes one's own password; other sessions end, this one goes on. */
    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") Forms.ChangePassword form,
            BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
        if (!form.repeated()) {
            result.rejectValue("passwordRepeat", "account.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            SignedInSessions.renew(request, accounts.changePassword(me.id(), form.getCurrentPassword(),
                    form.getPassword()));
        } catch (AccountException e) {
            result.rejectValue(e.getField(), e.getMessageKey());
            return "account/password";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id, RedirectAttributes redirect) {
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }
}
