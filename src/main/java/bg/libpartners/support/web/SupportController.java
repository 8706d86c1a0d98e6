package bg.libpartners.support.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.LocalizedException;
import bg.libpartners.support.LinkKind;
import bg.libpartners.support.SupportQueries;
import bg.libpartners.support.SupportService;
import bg.libpartners.support.SupportStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking, the lists of requests and a request's thread with its actions. */
@Controller
class SupportController {

    static final int PAGE_SIZE = 25;

    private final SupportService service;
    private final SupportQueries queries;
    private final bg.libpartners.material.UploadService uploads;

    SupportController(SupportService service, SupportQueries queries, bg.libpartners.material.UploadService uploads) {
        this.service = service;
        this.queries = queries;
        this.uploads = uploads;
    }

    @GetMapping("/support")
    String list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new SupportQueries.Filter(
                SupportApiController.status(status), topic, oblast, overdue, unassigned, mine);
        model.addAttribute("slice", queries.list(me, filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("topics", queries.topics(false));
        model.addAttribute("statuses", SupportStatus.values());
        model.addAttribute("mayAsk", SupportService.mayAsk(me));
        return "support/list";
    }

    @GetMapping("/support/new")
    String askForm(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") AskForm form, Model model) {
        if (!SupportService.mayAsk(me)) {
            throw new org.springframework.security.access.AccessDeniedException("ask");
        }
        model.addAttribute("topics", queries.topics(true));
        model.addAttribute("libraries", service.librariesFor(me));
        return "support/ask";
    }

    @PostMapping("/support/new")
    String ask(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") AskForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        if (bg.libpartners.platform.pick.PickService.searching(request)) {
            return askForm(me, form, model); // no script: the partnership picker lists its choices
        }
        var inputs = new ArrayList<SupportService.FileInput>();
        try {
            for (var file : files == null ? List.<MultipartFile>of() : files) {
                if (file != null && !file.isEmpty()) {
                    inputs.add(new SupportService.FileInput(file.getOriginalFilename(), file.getInputStream()));
                }
            }
            long id = service.ask(
                    me,
                    new SupportService.AskInput(
                            form.getLibraryId(),
                            form.getTopic(),
                            form.getQuestion(),
                            form.getPartnershipId() == null ? null : LinkKind.PARTNERSHIP,
                            form.getPartnershipId(),
                            null),
                    inputs);
            redirect.addFlashAttribute("notice", "support.flash.asked");
            return "redirect:/support/requests/" + id;
        } catch (BadRequestException e) {
            var field = switch (e.getParameter()) {
                case "question", "topic", "libraryId", "partnershipId" -> e.getParameter();
                case "linkId" -> "partnershipId";
                default -> null;
            };
            if (field != null) {
                result.rejectValue(field, e.getMessageKey(), e.getArgs(), null);
            } else {
                result.reject(e.getMessageKey(), e.getArgs(), null);
            }
        } finally {
            for (var in : inputs) {
                in.content().close();
            }
        }
        return askForm(me, form, model);
    }

    @GetMapping("/support/requests/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var view = queries.view(me, id);
        model.addAttribute("r", view);
        if (view.may().assign() || view.may().take()) {
            model.addAttribute("experts", queries.experts(view.topic().code()));
        }
        return "support/detail";
    }

    @PostMapping("/support/requests/{id}/messages")
    String post(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        var inputs = new ArrayList<SupportService.FileInput>();
        try {
            for (var file : files == null ? List.<MultipartFile>of() : files) {
                if (file != null && !file.isEmpty()) {
                    inputs.add(new SupportService.FileInput(file.getOriginalFilename(), file.getInputStream()));
                }
            }
            service.post(me, id, body, internal, inputs);
            redirect.addFlashAttribute("notice", internal ? "support.flash.noted" : "support.flash.sent");
        } catch (BadRequestException | ConflictException e) {
            fail(redirect, e);
            redirect.addFlashAttribute("draft", body);
        } finally {
            for (var in : inputs) {
                in.content().close();
            }
        }
        return "redirect:/support/requests/" + id;
    }

    @PostMapping("/support/requests/{id}/assignment")
    String assign(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long expertId,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            service.assign(me, id, expertId, version);
            redirect.addFlashAttribute("notice", "support.flash.assigned");
        } catch (BadRequestException | ConflictException e) {
            fail(redirect, e);
        }
        return "queue".equals(back) ? "redirect:/support/queue" : "redirect:/support/requests/" + id;
    }

    @PostMapping("/support/requests/{id}/transitions")
    String transition(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            service.transition(me, id, SupportApiController.status(status), version);
            redirect.addFlashAttribute("notice", "support.flash.status");
        } catch (BadRequestException | ConflictException e) {
            fail(redirect, e);
        }
        return "redirect:/support/requests/" + id;
    }

    @PostMapping("/support/requests/{id}/rating")
    String rate(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean consent,
            RedirectAttributes redirect) {
        try {
            service.rate(me, id, score, comment);
            if (consent) {
                service.consent(me, id, true);
            }
            redirect.addFlashAttribute("notice", "support.flash.rated");
        } catch (BadRequestException | ConflictException e) {
            fail(redirect, e);
        }
        return "redirect:/support/requests/" + id;
    }

    @PostMapping("/support/requests/{id}/consent")
    String consent(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean consent,
            RedirectAttributes redirect) {
        service.consent(me, id, consent);
        redirect.addFlashAttribute("notice", "support.flash.consent");
        return "redirect:/support/requests/" + id;
    }

    @GetMapping("/support/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<StreamingResponseBody> download(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long attachmentId) {
        return download(queries, uploads, me, id, attachmentId);
    }

    /** One attachment as a download, after the scope check (404 for a file the caller may not see). */
    static ResponseEntity<StreamingResponseBody> download(
            SupportQueries queries,
            bg.libpartners.material.UploadService uploads,
            CurrentUser me,
            long id,
            long attachmentId) {
        var sha = new String[1];
        var file = queries.attachment(me, id, attachmentId, sha);
        StreamingResponseBody body = out -> {
            try (var in = uploads.open(sha[0])) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    static void fail(RedirectAttributes redirect, LocalizedException e) {
        redirect.addFlashAttribute("errorKey", e.getMessageKey());
        redirect.addFlashAttribute("errorArgs", e.getArgs());
    }
}
