package bg.libpartners.account.web;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.ApiTokenService;
import bg.libpartners.account.AuditService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeNotYoursException;
import bg.libpartners.platform.ProblemWriter;
import bg.libpartners.platform.SignedInSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The account part of the REST API: oneself, one's tokens; users, invitations and the audit trail for admins. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Sign-in identity, API tokens, invitations and the audit trail")
class AccountApiController {

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final InvitationService invitations;
    private final AuditService audit;
    private final ProblemWriter problems;

    AccountApiController(
            AccountService accounts,
            ApiTokenService tokens,
            InvitationService invitations,
            AuditService audit,
            ProblemWriter problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.tokens = tokens;
        this.invitations = invitations;
        this.audit = audit;
    }

    record TokenRequest(
            @NotBlank @Size(max = 100) String name,
            Boolean readOnly,
            @Min(1) @Max(3650) Integer days) {}

    record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = 10, max = 200) String newPassword) {}

    /** {@code scope}: one oblast code or record id; {@code scopes}: several (the role's kind). */
    record InvitationRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull Role role,
            @Size(max = 40) String scope,
            @Size(max = 200) List<@Size(max = 40) String> scopes) {}

    @GetMapping("/account/me")
    @Operation(summary = "The signed-in user")
    AccountService.UserView me(@AuthenticationPrincipal CurrentUser me) {
        return accounts.get(me.id());
    }

    @GetMapping("/account/me/export")
    @Operation(summary = "Everything kept about the signed-in user (personal-data export)")
    Map<String, Object> export(@AuthenticationPrincipal CurrentUser me) {
        return accounts.export(me.id());
    }

    @GetMapping("/account/tokens")
    List<ApiTokenService.TokenView> myTokens(@AuthenticationPrincipal CurrentUser me) {
        return tokens.list(me.id());
    }

    @PostMapping("/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a personal API token (read-only or not, valid for some days or until revoked);"
                    + " the secret is in this answer only. Not with an API token.")
    ApiTokenService.CreatedToken createToken(
            @AuthenticationPrincipal CurrentUser me, @Valid @RequestBody TokenRequest request) {
        return tokens.create(me.id(), request.name(), Boolean.TRUE.equals(request.readOnly()), request.days());
    }

    @PostMapping("/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password (not with an API token); the caller's other sessions end")
    void changePassword(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @RequestBody PasswordChange change,
            HttpServletRequest request) {
        SignedInSessions.renew(
                request, accounts.changePassword(me.id(), change.currentPassword(), change.newPassword()));
    }

    @DeleteMapping("/account/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        tokens.revoke(me.id(), id);
    }

    @PostMapping("/admin/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a person by e-mail with a role and scope")
    InvitationService.Sent invite(
            @AuthenticationPrincipal CurrentUser me, @Valid @RequestBody InvitationRequest request) {
        var refs = new java.util.ArrayList<String>();
        if (request.scope() != null && !request.scope().isBlank()) {
            refs.add(request.scope());
        }
        if (request.scopes() != null) {
            refs.addAll(request.scopes());
        }
        return invitations.invite(me, request.email(), request.role(), refs, LocaleContextHolder.getLocale());
    }

    @GetMapping("/admin/audit")
    PagedModel<AuditService.AuditView> audit(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(audit.search(entity, entityId, actor, pageable));
    }

    /** A scope the inviter does not hold is a refusal (403), not a malformed request. */
    @ExceptionHandler(ScopeNotYoursException.class)
    ResponseEntity<ProblemDetail> scopeNotYours(ScopeNotYoursException e, HttpServletRequest request) {
        var problem = problems.problem(request, 403, e.getMessageKey());
        problem.setProperty("parameter", e.getField());
        return ResponseEntity.status(403)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
