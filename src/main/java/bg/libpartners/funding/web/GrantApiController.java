package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.funding.GrantDocumentRenderer;
import bg.libpartners.funding.GrantService;
import bg.libpartners.platform.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Grants: the record, tranches and their payment, reports and their review, the grant agreement as PDF or DOCX. */
@RestController
@RequestMapping("/api/v1/grants")
@Tag(name = "Grants", description = "Grants of approved applications: tranches, reports, the grant agreement")
class GrantApiController {

    record PaymentRequest(LocalDate paidOn) {}

    record ReviewRequest(Boolean accept, String note, Long version) {}

    private final GrantService grants;
    private final GrantDocumentRenderer documents;

    GrantApiController(GrantService grants, GrantDocumentRenderer documents) {
        this.grants = grants;
        this.documents = documents;
    }

    @Operation(summary = "A grant with its tranches and reports")
    @GetMapping("/{id}")
    GrantService.GrantView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return grants.get(me, id);
    }

    @Operation(summary = "The grant's payment tranches")
    @GetMapping("/{id}/tranches")
    List<GrantService.TrancheView> tranches(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return grants.tranches(me, id);
    }

    @Operation(summary = "Record a tranche as paid (admins); the one after the final report only once it is accepted")
    @PostMapping("/{id}/tranches/{seq}/payment")
    GrantService.TrancheView pay(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable int seq,
            @RequestBody(required = false) PaymentRequest request) {
        return grants.pay(me, id, seq, request == null ? null : request.paidOn());
    }

    @Operation(summary = "The grant's reports")
    @GetMapping("/{id}/reports")
    List<GrantService.ReportView> reports(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return grants.reports(me, id);
    }

    @Operation(summary = "Submit an interim or final report with the actual spending per budget line (librarians)")
    @PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GrantService.ReportView> report(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody GrantService.ReportInput input) {
        var r = grants.report(me, id, input, List.of());
        return ResponseEntity.created(java.net.URI.create("/api/v1/grants/" + id + "/reports"))
                .body(r);
    }

    @Operation(
            summary = "Submit a report with its files (multipart, as the page): the part 'report' is the JSON"
                    + " report (kind, narrative, spending, reached), the parts 'files' the files (each at most 20 MB, at most"
                    + " 10); refused input stores nothing")
    @PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<GrantService.ReportView> reportWithFiles(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestPart(name = "report", required = false) GrantService.ReportInput input,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        var r = grants.report(me, id, input, files == null ? List.of() : files);
        return ResponseEntity.created(java.net.URI.create("/api/v1/grants/" + id + "/reports"))
                .body(r);
    }

    @Operation(summary = "Download a report's file (by its place in the report's files, from 0)")
    @GetMapping("/{id}/reports/{reportId}/files/{index}")
    ResponseEntity<StreamingResponseBody> reportFile(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long reportId,
            @PathVariable int index) {
        var f = grants.file(me, id, reportId, index);
        return Downloads.file(f, grants.open(f));
    }

    @Operation(summary = "Accept a report or return it with a note (admins); needs the report's version")
    @PostMapping("/{id}/reports/{reportId}/review")
    GrantService.ReportView review(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestBody ReviewRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return grants.review(
                me, id, reportId, request.accept(), request.note(), ExpectedVersion.of(request.version(), ifMatch));
    }

    @Operation(summary = "The grant agreement as PDF, in Bulgarian")
    @GetMapping("/{id}/agreement.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var text = documents.text(me, id);
        return document(text, "application/pdf", "pdf", out -> documents.pdf(text, out));
    }

    @Operation(summary = "The grant agreement as DOCX, in Bulgarian")
    @GetMapping("/{id}/agreement.docx")
    ResponseEntity<StreamingResponseBody> docx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        var text = documents.text(me, id);
        return document(
                text,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx",
                out -> documents.docx(text, out));
    }

    static ResponseEntity<StreamingResponseBody> document(
            GrantDocumentRenderer.Text text, String type, String ext, StreamingResponseBody body) {
        var name = "dogovor-" + text.grant().number() + "." + ext;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
