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
    private final bg.libpartners.account.SelfService self;
    private final bg.libpartners.account.PersonalData personalData;

    ProfileController(
            AccountService accounts,
            ApiTokenService tokens,
            bg.libpartners.account.SelfService self,
            bg.libpartners.account.PersonalData personalData) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.self = self;
        this.personalData = personalData;
    }

    @GetMapping("/account")
    String profile(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("tokenForm") Forms.NewToken tokenForm,
            Model model) {
        var profile = self.profile(me.id());
        model.addAttribute("user", profile);
        if (!model.containsAttribute("tokenForm")) { // when another form of the page is shown again with its errors
            model.addAttribute("tokenForm", tokenForm);
        }
        model.addAttribute("tokens", tokens.list(me.id()));
        if (!model.containsAttribute("nameForm")) {
            var name = new Forms.Name();
            name.setDisplayName(profile.displayName());
            model.addAttribute("nameForm", name);
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new Forms.NewEmail());
        }
        if (!model.containsAttribute("erasureForm")) {
            model.addAttribute("erasureForm", new Forms.Erasure());
        }
        return "account/profile";
    }

    @PostMapping("/account/name")
    String rename(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("nameForm") Forms.Name form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profile(me, new Forms.NewToken(), model);
        }
        self.rename(me.id(), form.getDisplayName());
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/account";
    }

    @PostMapping("/account/language")
    String language(
            @AuthenticationPrincipal CurrentUser me,
            @org.springframework.web.bind.annotation.RequestParam String language,
            RedirectAttributes redirect) {
        self.language(me.id(), language);
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/account?lang=" + language;
    }

    @PostMapping("/account/email")
    String changeEmail(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("emailForm") Forms.NewEmail form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("emailSent", self.requestEmailChange(me.id(), form.getEmail()));
                return "redirect:/account";
            } catch (AccountException e) {
                result.rejectValue(e.getField(), e.getMessageKey());
            }
        }
        return profile(me, new Forms.NewToken(), model);
    }

    /** The link in the mail: a page with one button, so that a mail scanner opening the link changes nothing. */
    @GetMapping("/account/email/confirm")
    String confirmEmailPage(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "account/email-confirm";
    }

    @PostMapping("/account/email/confirm")
    String confirmEmail(
            @AuthenticationPrincipal CurrentUser me,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String token,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws jakarta.servlet.ServletException {
        var email = self.confirmEmail(me.id(), token);
        request.logout(); // the sign-in name changed: sign in again with the new address
        redirect.addFlashAttribute("emailChanged", email);
        return "redirect:/login?emailChanged";
    }

    @GetMapping("/account/data.zip")
    org.springframework.http.ResponseEntity<byte[]> archive(@AuthenticationPrincipal CurrentUser me) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"libpartners-my-data.zip\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("application/zip"))
                .body(personalData.archive(me.id(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @PostMapping("/account/erasure")
    String requestErasure(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("erasureForm") Forms.Erasure form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profile(me, new Forms.NewToken(), model);
        }
        self.requestErasure(me.id(), form.getReason());
        redirect.addFlashAttribute("erasureRequested", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("tokenForm") Forms.NewToken tokenForm,
            BindingResult result,
            Model model,
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
    String changePassword(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") Forms.ChangePassword form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!form.repeated()) {
            result.rejectValue("passwordRepeat", "account.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            SignedInSessions.renew(
                    request, accounts.changePassword(me.id(), form.getCurrentPassword(), form.getPassword()));
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

    @org.springframework.web.bind.annotation.ExceptionHandler(bg.libpartners.account.InvalidTokenException.class)
    String invalidLink(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(410);
        return "account/link-invalid";
    }
}
