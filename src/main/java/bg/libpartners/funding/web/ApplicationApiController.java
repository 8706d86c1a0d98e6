package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.funding.ApplicationInput;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.DecisionService;
import bg.libpartners.funding.Review;
import bg.libpartners.funding.ReviewService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Applications: read, change the draft, attach files, submit (422 with each failed eligibility rule), reviews
 * (assignment, declaration, scores) and the decision.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Funding applications", description = "A library's application to a call, its reviews and decision")
class ApplicationApiController {

    record VersionRequest(Long version) {}

    record AssignRequest(Long reviewerId) {}

    record DeclarationRequest(Boolean conflict, String note) {}

    record ScoresRequest(List<Review.Score> scores, String remarks) {}

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;

    ApplicationApiController(ApplicationService applications, ReviewService reviews, DecisionService decisions) {
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Operation(summary = "An application; for its library's librarians a draft comes with the eligibility check")
    @GetMapping("/{id}")
    ApplicationService.ApplicationView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return applications.get(me, id);
    }

    @Operation(summary = "Change the draft; needs the version (body or If-Match)")
    @PutMapping("/{id}")
    ApplicationService.ApplicationView update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody ApplicationInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return applications.update(me, id, input.withVersion(ExpectedVersion.of(input.version(), ifMatch)));
    }

    @Operation(summary = "Submit: 422 with every failed eligibility rule, explained; nothing changes then")
    @PostMapping("/{id}/submit")
    ApplicationService.ApplicationView submit(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody(required = false) VersionRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return applications.submit(me, id, ExpectedVersion.of(body == null ? null : body.version(), ifMatch));
    }

    @Operation(summary = "Attach a file to the draft (label: one of the call's required attachments, or free)")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApplicationService.ApplicationView attach(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String label,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "funding.error.fileRequired");
        }
        try (var in = file.getInputStream()) {
            return applications.attach(me, id, label, file.getOriginalFilename(), file.getContentType(), in);
        }
    }

    @Operation(summary = "Download an attachment")
    @GetMapping("/{id}/attachments/{index}")
    ResponseEntity<StreamingResponseBody> attachment(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable int index) {
        var a = applications.attachment(me, id, index);
        return Downloads.file(a, applications.open(a));
    }

    @Operation(summary = "Remove an attachment from the draft")
    @DeleteMapping("/{id}/attachments/{index}")
    ApplicationService.ApplicationView detach(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable int index) {
        return applications.detach(me, id, index);
    }

    @Operation(summary = "Reviews: admins see all with the declarations, an expert their own")
    @GetMapping("/{id}/reviews")
    List<ReviewService.ReviewView> reviews(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reviews.list(me, id);
    }

    @Operation(summary = "Assign an expert as reviewer (admins)")
    @PostMapping("/{id}/reviews")
    ReviewService.ReviewView assign(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody AssignRequest request) {
        return reviews.assign(me, id, request.reviewerId());
    }

    @Operation(summary = "The reviewer declares a conflict of interest (removed from the application) or none")
    @PostMapping("/{id}/reviews/declaration")
    ReviewService.ReviewView declare(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody DeclarationRequest request) {
        return reviews.declare(me, id, request.conflict(), request.note());
    }

    @Operation(summary = "The reviewer scores every criterion (1 … the call's scale) with comments")
    @PostMapping("/{id}/reviews/scores")
    ReviewService.ReviewView score(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody ScoresRequest request) {
        return reviews.score(me, id, request.scores(), request.remarks());
    }

    @Operation(summary = "Approve with an amount, reserve or reject with reasons (admins); 409 over the budget left")
    @PostMapping("/{id}/decision")
    ApplicationService.ApplicationView decide(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody DecisionService.DecisionInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var version = ExpectedVersion.of(input.version(), ifMatch);
        return decisions.decide(
                me,
                id,
                new DecisionService.DecisionInput(
                        input.outcome(), input.amount(), input.reason(), input.advanceShare(), version));
    }
}
