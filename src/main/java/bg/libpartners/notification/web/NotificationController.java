package bg.libpartners.notification.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.notification.Delivery;
import bg.libpartners.notification.Inbox;
import bg.libpartners.notification.NotificationPreferences;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox page (mark one or all read, open what a notice is about) and the page of e-mail choices per kind. */
@Controller
class NotificationController {

    private final Inbox inbox;
    private final NotificationPreferences preferences;

    NotificationController(Inbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    @GetMapping("/notifications")
    String inbox(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        model.addAttribute("result", inbox.list(me, unread, page, 20, locale));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unread(me));
        return "notification/inbox";
    }

    /** Marks it read and, with {@code open}, goes where it points (an application path only). */
    @PostMapping("/notifications/{id}/read")
    String read(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean open,
            Locale locale) {
        var item = inbox.read(me, id, locale);
        if (open
                && item.link() != null
                && item.link().startsWith("/")
                && !item.link().startsWith("//")) {
            return "redirect:" + item.link();
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser me, RedirectAttributes flash) {
        flash.addFlashAttribute("marked", inbox.readAll(me));
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        model.addAttribute("choices", preferences.of(me, locale));
        model.addAttribute("deliveries", Delivery.values());
        return "notification/preferences";
    }

    /** Each kind comes as a field {@code kind:<kind>} with the delivery chosen. */
    @PostMapping("/notifications/preferences")
    String savePreferences(
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, RedirectAttributes flash) {
        var choices = new LinkedHashMap<String, Delivery>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("kind:") && values.length > 0) {
                choices.put(name.substring(5), parse(values[0]));
            }
        });
        preferences.set(me, choices);
        flash.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
    }

    private static Delivery parse(String value) {
        try {
            return Delivery.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
