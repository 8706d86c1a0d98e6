package bg.libpartners.agreement.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.agreement.AgreementDownloadService;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.agreement.InvalidAgreementException;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agreement page of a partnership: versions, downloads, submission, the board's decision, the signed copy. */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final AgreementDownloadService downloads;

    AgreementController(AgreementService agreements, AgreementDownloadService downloads) {
        this.agreements = agreements;
        this.downloads = downloads;
    }

    @GetMapping("/partnerships/{id}/agreement")
    String view(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("a", agreements.view(me, id));
        return "agreement/view";
    }

    @PostMapping("/partnerships/{id}/agreement/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "agreement.notice.submitted", () -> agreements.submit(me, id));
    }

    @PostMapping("/partnerships/{id}/agreement/decision")
    String decide(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int number,
            @RequestParam String decision,
            @RequestParam(required = false) String comments,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(
                id,
                redirect,
                approve ? "agreement.notice.approved" : "agreement.notice.returned",
                () -> agreements.decide(me, id, number, approve, comments));
    }

    @PostMapping("/partnerships/{id}/agreement/signed")
    String upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int number,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        long size = file == null ? 0 : file.getSize();
        return act(id, redirect, "agreement.notice.signed", () -> agreements.uploadSigned(me, id, number, file, size));
    }

    @GetMapping({"/partnerships/{id}/agreement/v{number}.pdf", "/api/v1/partnerships/{id}/agreement.pdf"})
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable(required = false) Integer number,
            @RequestParam(required = false) Integer version) {
        var v = downloads.version(me, id, number != null ? number : version);
        return file(
                MediaType.APPLICATION_PDF,
                "sporazumenie-" + id + "-v" + v.number() + ".pdf",
                out -> downloads.pdf(v, out));
    }

    @GetMapping({"/partnerships/{id}/agreement/v{number}.docx", "/api/v1/partnerships/{id}/agreement.docx"})
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable(required = false) Integer number,
            @RequestParam(required = false) Integer version) {
        var v = downloads.version(me, id, number != null ? number : version);
        return file(
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "sporazumenie-" + id + "-v" + v.number() + ".docx",
                out -> downloads.docx(v, out));
    }

    @GetMapping("/partnerships/{id}/agreement/v{number}/signed")
    ResponseEntity<StreamingResponseBody> signed(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable int number)
            throws IOException {
        return download(agreements.signedCopy(me, id, number));
    }

    /** A signed copy streamed as stored, its type checked at upload; shared with the API. */
    static ResponseEntity<StreamingResponseBody> download(AgreementService.SignedFile copy) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(copy.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(out -> {
                    try (var in = copy.content()) {
                        in.transferTo(out);
                    }
                });
    }

    /** Agreements are a few pages: rendered in memory, so a rendering failure is still a proper error answer. */
    private static ResponseEntity<byte[]> file(
            MediaType type, String name, java.util.function.Consumer<java.io.OutputStream> writer) {
        var body = new java.io.ByteArrayOutputStream();
        writer.accept(body);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body.toByteArray());
    }

    private static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidAgreementException e) {
            redirect.addFlashAttribute("errorKey", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
            redirect.addFlashAttribute("errorField", e.getParameter());
        }
        return "redirect:/partnerships/" + id + "/agreement";
    }
}
