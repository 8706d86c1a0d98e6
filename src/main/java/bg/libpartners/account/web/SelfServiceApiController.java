package bg.libpartners.account.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.PersonalData;
import bg.libpartners.account.SelfService;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Self-service over REST: one's profile (name, language, scopes by name), a new e-mail, the data archive, erasure. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Accounts", description = "Sign-in identity, API tokens, invitations and the audit trail")
class SelfServiceApiController {

    private final SelfService self;
    private final PersonalData personalData;

    private final bg.libpartners.platform.ProblemWriter problems;

    SelfServiceApiController(
            SelfService self, PersonalData personalData, bg.libpartners.platform.ProblemWriter problems) {
        this.problems = problems;
        this.self = self;
        this.personalData = personalData;
    }

    record ProfileUpdate(
            @Size(max = 200) String displayName,
            @Size(max = 5) String language,
            Long version) {}

    record EmailChangeRequest(@Size(max = 254) String email) {}

    record EmailConfirmation(@Size(max = 200) String token) {}

    record ErasureRequest(@Size(max = 1000) String reason) {}

    @GetMapping("/profile")
    @Operation(summary = "The signed-in person's profile: scopes by name, language, last sign-in, pending e-mail")
    SelfService.Profile profile(@AuthenticationPrincipal CurrentUser me) {
        return self.profile(me.id());
    }

    @PutMapping("/profile")
    @Operation(summary = "Change one's name and/or language; the version read is required (body or If-Match)")
    SelfService.Profile update(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @RequestBody ProfileUpdate update,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ExpectedVersion.required(ExpectedVersion.of(update.version(), ifMatch), "version");
        if (self.profile(me.id()).version() != version) {
            throw new ConflictException("account.admin.conflict");
        }
        if (update.displayName() != null) {
            self.rename(me.id(), update.displayName());
        }
        if (update.language() != null) {
            self.language(me.id(), update.language());
        }
        return self.profile(me.id());
    }

    @PostMapping("/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Ask for a new e-mail address: a confirmation link goes to it; nothing changes until it is used")
    Map<String, Object> changeEmail(
            @AuthenticationPrincipal CurrentUser me, @Valid @RequestBody EmailChangeRequest request) {
        return Map.of("mailed", self.requestEmailChange(me.id(), request.email()));
    }

    @PostMapping("/email/confirm")
    @Operation(summary = "Confirm the new address with the token from the link; every session of the person ends")
    Map<String, Object> confirmEmail(
            @AuthenticationPrincipal CurrentUser me, @Valid @RequestBody EmailConfirmation confirmation) {
        return Map.of("email", self.confirmEmail(me.id(), confirmation.token()));
    }

    @GetMapping(value = "/me/archive", produces = "application/zip")
    @Operation(summary = "Everything kept about the signed-in person as a ZIP: data.json and a readable summary.html")
    ResponseEntity<byte[]> archive(@AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"libpartners-my-data.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(personalData.archive(me.id(), LocaleContextHolder.getLocale()));
    }

    @PostMapping("/erasure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask to be erased; an admin confirms it")
    void requestErasure(
            @AuthenticationPrincipal CurrentUser me, @Valid @RequestBody(required = false) ErasureRequest request) {
        self.requestErasure(me.id(), request == null ? null : request.reason());
    }

    /** A confirmation token that is unknown, used, expired or another person's: 410, as the page answers. */
    @org.springframework.web.bind.annotation.ExceptionHandler(bg.libpartners.account.InvalidTokenException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> invalidLink(
            jakarta.servlet.http.HttpServletRequest request) {
        var problem = problems.problem(request, 410, "account.link.invalid.lead");
        problem.setProperty("parameter", "token");
        return ResponseEntity.status(410)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
