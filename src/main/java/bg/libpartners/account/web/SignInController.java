package bg.libpartners.account.web;

import bg.libpartners.account.AccountException;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.InvalidTokenException;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.PasswordResetService;
import bg.libpartners.platform.LibPartnersProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, forgotten password and accepting an invitation: the pages a person sees before they have a session. */
@Controller
class SignInController {

    private final PasswordResetService resets;
    private final InvitationService invitations;
    private final LibPartnersProperties properties;

    SignInController(PasswordResetService resets, InvitationService invitations, LibPartnersProperties properties) {
        this.resets = resets;
        this.invitations = invitations;
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) Integer throttled, Model model) {
        model.addAttribute("throttledMinutes", throttled);
        model.addAttribute("demo", properties.demo());
        model.addAttribute("demoAccounts", DemoAccounts.ALL);
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        return "account/login";
    }

    @GetMapping("/password/forgot")
    String forgotForm(@ModelAttribute("form") Forms.Forgot form) {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(
            @Valid @ModelAttribute("form") Forms.Forgot form,
            BindingResult result,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return "account/forgot";
        }
        try {
            resets.request(form.getEmail(), request.getRemoteAddr());
        } catch (AccountException e) {
            result.rejectValue(e.getField(), e.getMessageKey(), e.getArgs(), null);
            return "account/forgot";
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/password/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, @ModelAttribute("form") Forms.NewPassword form) {
        resets.checkOpen(token);
        form.setToken(token);
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @Valid @ModelAttribute("form") Forms.NewPassword form, BindingResult result, RedirectAttributes redirect) {
        if (!form.repeated()) {
            result.rejectValue("passwordRepeat", "account.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/reset";
        }
        try {
            resets.reset(form.getToken(), form.getPassword(), form.isRevokeTokens());
        } catch (AccountException e) {
            result.rejectValue(e.getField(), e.getMessageKey());
            return "account/reset";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/login";
    }

    @GetMapping("/invitations/{token}")
    String acceptForm(@PathVariable String token, @ModelAttribute("form") Forms.Accept form, Model model) {
        model.addAttribute("invitation", invitations.open(token));
        model.addAttribute("token", token);
        return "account/accept";
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") Forms.Accept form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var invitation = invitations.open(token);
        if (!form.repeated()) {
            result.rejectValue("passwordRepeat", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                invitations.accept(token, form.getDisplayName(), form.getPassword());
                redirect.addFlashAttribute("accountCreated", true);
                return "redirect:/login";
            } catch (AccountException e) {
                result.rejectValue(e.getField(), e.getMessageKey());
            }
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        return "account/accept";
    }

    @ExceptionHandler(InvalidTokenException.class)
    String invalidLink(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(410);
        return "account/link-invalid";
    }
}
