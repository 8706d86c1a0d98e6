package bg.libpartners.agreement.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.agreement.AgreementStatus;
import bg.libpartners.agreement.InvalidAgreementException;
import bg.libpartners.platform.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The agreement of a partnership over the API: its versions, submission to the board, the board's decision and the
 * signed copy. The same service and the same rules as the agreement page: the lead library's staff (and coordinators
 * of its oblast, admins) submit and upload; a board member of the chitalishte that holds the lead library (or an
 * admin) decides and may upload; anyone who may see the partnership reads. Out-of-order steps are 400 naming the
 * field, as on the partnership's own transitions.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/agreement")
@Tag(
        name = "Agreements",
        description = "The cooperation agreement of a partnership: versions, board approval, " + "signed copy")
class AgreementApiController {

    /** The agreement as the API shows it: the current version first, and what the caller may do. */
    record AgreementState(
            long partnershipId, int current, boolean mayEdit, boolean mayDecide, List<VersionInfo> versions) {}

    /**
     * One version: {@code decision} is APPROVED or RETURNED once the board decided; {@code signed} whether its signed
     * copy is kept (download it from {@code signedCopy}).
     */
    record VersionInfo(
            int number,
            AgreementStatus status,
            Instant createdAt,
            Instant submittedAt,
            String decision,
            String decidedBy,
            Instant decidedAt,
            String comments,
            boolean signed,
            String signedContentType,
            String signedSha256,
            Instant signedAt,
            String pdf,
            String docx,
            String signedCopy) {}

    /**
     * The board's decision: {@code approve} true or false; {@code comment} required when returning; {@code number}
     * the version read (or {@code If-Match}), required (428 without it).
     */
    record DecisionRequest(Boolean approve, String comment, Integer number) {}

    private final AgreementService agreements;

    AgreementApiController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(
            summary = "The agreement's versions, newest first; after a change to the record the first is the new "
                    + "text, a draft stored only when it is submitted")
    AgreementState get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return state(me, id);
    }

    @PostMapping("/submission")
    @Operation(summary = "Submit the current version to the chitalishte board for approval")
    AgreementState submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        agreements.submit(me, id);
        return state(me, id);
    }

    @PostMapping(path = "/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The board approves the submitted version or returns it with a comment")
    AgreementState decide(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody DecisionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (request == null || request.approve() == null) {
            throw new InvalidAgreementException("approve", "agreement.error.decisionRequired");
        }
        var read = ExpectedVersion.of(
                request.number() == null ? null : request.number().longValue(), ifMatch);
        try {
            agreements.decide(
                    me, id, read == null ? null : Math.toIntExact(read), request.approve(), request.comment());
        } catch (InvalidAgreementException e) {
            // the page's form field is "comments", the API's JSON property "comment"
            throw "comments".equals(e.getParameter())
                    ? new InvalidAgreementException("comment", e.getMessageKey(), e.getArgs())
                    : e;
        }
        return state(me, id);
    }

    @PostMapping(path = "/signed-copy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the signed copy of the approved version: a PDF, PNG or JPEG, checked by content")
    AgreementState upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "the version signed; the current one when absent") @RequestParam(required = false)
                    Integer number)
            throws IOException {
        agreements.uploadSigned(me, id, number, file, file == null ? 0 : file.getSize());
        return state(me, id);
    }

    @GetMapping("/signed-copy")
    @Operation(summary = "Download the signed copy of a version (the current one when no version is given)")
    ResponseEntity<StreamingResponseBody> signedCopy(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Integer version)
            throws IOException {
        int number =
                version != null ? version : agreements.view(me, id).latest().number();
        return AgreementController.download(agreements.signedCopy(me, id, number));
    }

    private AgreementState state(CurrentUser me, long id) {
        var view = agreements.view(me, id);
        var base = "/api/v1/partnerships/" + id + "/agreement";
        var list = view.versions().stream()
                .map(v -> new VersionInfo(
                        v.number(),
                        v.status(),
                        v.createdAt(),
                        v.submittedAt(),
                        v.status() == AgreementStatus.APPROVED || v.status() == AgreementStatus.RETURNED
                                ? v.status().name()
                                : null,
                        v.decidedBy(),
                        v.decidedAt(),
                        v.comments(),
                        v.signed(),
                        v.signedContentType(),
                        v.signedSha256(),
                        v.signedAt(),
                        base + ".pdf?version=" + v.number(),
                        base + ".docx?version=" + v.number(),
                        v.signed() ? base + "/signed-copy?version=" + v.number() : null))
                .toList();
        return new AgreementState(id, view.latest().number(), view.mayEdit(), view.mayDecide(), list);
    }
}
