package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.funding.ApplicationInput;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.CallInput;
import bg.libpartners.funding.CallService;
import bg.libpartners.funding.FundingReads;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Funding calls: public reading of published calls; the admin writes and publishes; applications and ranking. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(
        name = "Funding calls",
        description = "Co-financing calls: open calls for everyone, the editor for admins, "
                + "applications to a call and its ranking")
class CallApiController {

    record VersionRequest(Long version) {}

    private final CallService calls;
    private final ApplicationService applications;
    private final FundingReads reads;

    CallApiController(CallService calls, ApplicationService applications, FundingReads reads) {
        this.calls = calls;
        this.applications = applications;
        this.reads = reads;
    }

    @Operation(summary = "Open calls (no sign-in needed); all=true adds closed ones, drafts=true an admin's drafts")
    @GetMapping
    ApiPage<FundingReads.CallRow> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "false") boolean drafts,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 100);
        var rows = reads.calls(me, all, drafts, p, s);
        boolean more = rows.size() > s;
        return ApiPage.slice(more ? rows.subList(0, s) : rows, p, s, more);
    }

    @Operation(summary = "A published call (a draft only for admins)")
    @GetMapping("/{id}")
    CallService.CallView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return calls.get(me, id);
    }

    @Operation(summary = "A new call as a draft (admins); times are in Europe/Sofia, money in euro")
    @PostMapping
    ResponseEntity<CallService.CallView> create(@AuthenticationPrincipal CurrentUser me, @RequestBody CallInput input) {
        long id = calls.create(me, input);
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id)).body(calls.get(me, id));
    }

    @Operation(summary = "Change a draft call (admins); needs the version (body or If-Match)")
    @PutMapping("/{id}")
    CallService.CallView update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody CallInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return calls.update(me, id, input.withVersion(ExpectedVersion.of(input.version(), ifMatch)));
    }

    @Operation(summary = "Publish a draft call (admins); librarians are told")
    @PostMapping("/{id}/publish")
    CallService.CallView publish(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody(required = false) VersionRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return calls.publish(me, id, ExpectedVersion.of(body == null ? null : body.version(), ifMatch));
    }

    @Operation(summary = "Applications to the call the caller may see")
    @GetMapping("/{id}/applications")
    ApiPage<FundingReads.ApplicationRow> applications(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        calls.get(me, id);
        if (me == null) {
            throw new org.springframework.security.access.AccessDeniedException("applications");
        }
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 100);
        var rows = reads.applications(me, id, p, s);
        boolean more = rows.size() > s;
        return ApiPage.slice(more ? rows.subList(0, s) : rows, p, s, more);
    }

    @Operation(summary = "A new draft application of one of the caller's libraries")
    @PostMapping("/{id}/applications")
    ResponseEntity<ApplicationService.ApplicationView> apply(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody ApplicationInput input) {
        long created = applications.create(me, id, input);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + created))
                .body(applications.get(me, created));
    }

    @Operation(summary = "The call's ranking by the mean weighted total of the reviews, with their spread (admins)")
    @GetMapping("/{id}/ranking")
    FundingReads.Ranking ranking(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        if (me == null) {
            throw new org.springframework.security.access.AccessDeniedException("ranking");
        }
        return reads.ranking(me, id);
    }
}
