package bg.libpartners.account.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.UserAdministration;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration over REST, beside the pages: the same rules ({@link UserAdministration}). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Accounts", description = "Sign-in identity, API tokens, invitations and the audit trail")
class UserAdminApiController {

    private final UserAdministration admin;
    private final InvitationService invitations;

    private final bg.libpartners.platform.ProblemWriter problems;

    UserAdminApiController(
            UserAdministration admin, InvitationService invitations, bg.libpartners.platform.ProblemWriter problems) {
        this.problems = problems;
        this.admin = admin;
        this.invitations = invitations;
    }

    /** {@code scopes}: oblast codes or record ids of the role's kind. */
    record UserUpdate(@NotNull Role role, @Size(max = 200) List<@Size(max = 40) String> scopes, Long version) {}

    @GetMapping("/users")
    @Operation(summary = "People (admins: all; coordinators: those in their oblasts), by name or e-mail")
    ApiPage<UserAdministration.ManagedUser> users(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return ApiPage.of(admin.search(me, q, PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    @GetMapping("/users/{id}")
    UserAdministration.ManagedUser user(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        return admin.get(me, id);
    }

    @PutMapping("/users/{id}")
    @Operation(
            summary = "A person's role and scopes; the version read is required (body or If-Match); their"
                    + " sessions and tokens stop at once")
    UserAdministration.ManagedUser update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable Long id,
            @Valid @RequestBody UserUpdate update,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ExpectedVersion.required(ExpectedVersion.of(update.version(), ifMatch), "version");
        return admin.assign(me, id, update.role(), update.scopes() == null ? List.of() : update.scopes(), version);
    }

    @PostMapping("/users/{id}/disable")
    @Operation(summary = "Disable a person: their sessions and API tokens stop at once")
    UserAdministration.ManagedUser disable(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        return admin.disable(me, id, true);
    }

    @PostMapping("/users/{id}/enable")
    UserAdministration.ManagedUser enable(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        return admin.disable(me, id, false);
    }

    @GetMapping("/invitations")
    List<InvitationService.InvitationRow> invitations(@AuthenticationPrincipal CurrentUser me) {
        return invitations.list(me);
    }

    @PostMapping("/invitations/{id}/resend")
    @Operation(summary = "Send a pending invitation again with a new link (the old one stops working)")
    InvitationService.Sent resend(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        return invitations.resend(me, id, LocaleContextHolder.getLocale());
    }

    @PostMapping("/invitations/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        invitations.revoke(me, id);
    }

    @GetMapping("/erasures")
    List<UserAdministration.ErasureView> erasures(@AuthenticationPrincipal CurrentUser me) {
        return admin.openErasures(me);
    }

    @PostMapping("/erasures/{id}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm an erasure request: the person is erased, the audit trail pseudonymised")
    void confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        admin.confirmErasure(me, id);
    }

    @PostMapping("/erasures/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        admin.declineErasure(me, id);
    }

    /** A role or scope the caller may not give is a refusal (403), not a malformed request. */
    @org.springframework.web.bind.annotation.ExceptionHandler(bg.libpartners.account.ScopeNotYoursException.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> scopeNotYours(
            bg.libpartners.account.ScopeNotYoursException e, jakarta.servlet.http.HttpServletRequest request) {
        var problem = problems.problem(request, 403, e.getMessageKey());
        problem.setProperty("parameter", e.getField());
        return org.springframework.http.ResponseEntity.status(403)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
