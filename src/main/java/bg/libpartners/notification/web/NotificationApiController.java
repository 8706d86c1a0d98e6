package bg.libpartners.notification.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.notification.Delivery;
import bg.libpartners.notification.Inbox;
import bg.libpartners.notification.NotificationPreferences;
import bg.libpartners.platform.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notices and e-mail choices; nobody reaches another person's. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(
        name = "Notifications",
        description = "The signed-in person's inbox: notices newest first, mark read, and the "
                + "choice of e-mail per kind of notice (IMMEDIATE, DIGEST each morning, NONE)")
class NotificationApiController {

    private final Inbox inbox;
    private final NotificationPreferences preferences;

    NotificationApiController(Inbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    record Unread(long unread) {}

    record Marked(int marked) {}

    record PreferencesRequest(Map<String, Delivery> choices) {}

    @GetMapping
    @Operation(summary = "My notices, newest first, in my language; unread=true for the unread only")
    ApiPage<Inbox.Item> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return ApiPage.of(inbox.list(me, unread, page, size, locale));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notices are unread")
    Unread unread(@AuthenticationPrincipal CurrentUser me) {
        return new Unread(inbox.unread(me));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notices read (404 for anyone else's)")
    Inbox.Item read(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale) {
        return inbox.read(me, id, locale);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notices read")
    Marked readAll(@AuthenticationPrincipal CurrentUser me) {
        return new Marked(inbox.readAll(me));
    }

    @GetMapping("/preferences")
    @Operation(summary = "My e-mail choice for each kind of notice")
    List<NotificationPreferences.Choice> preferences(@AuthenticationPrincipal CurrentUser me, Locale locale) {
        return preferences.of(me, locale);
    }

    @PutMapping("/preferences")
    @Operation(summary = "Set my e-mail choice for the kinds given (the others stay as they are)")
    List<NotificationPreferences.Choice> setPreferences(
            @AuthenticationPrincipal CurrentUser me, @RequestBody PreferencesRequest request, Locale locale) {
        preferences.set(me, request.choices() == null ? Map.of() : request.choices());
        return preferences.of(me, locale);
    }
}
