package bg.libpartners.account.web;

import bg.libpartners.account.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person as {@code me}, for the header and role-dependent parts. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.get().orElse(null);
    }
}
