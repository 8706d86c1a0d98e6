package bg.libpartners.support.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.material.UploadService;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.support.LinkKind;
import bg.libpartners.support.SupportQueries;
import bg.libpartners.support.SupportService;
import bg.libpartners.support.SupportStatus;
import bg.libpartners.support.SupportViews.RequestRow;
import bg.libpartners.support.SupportViews.RequestView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Support requests over REST. Every call is judged by the service against the caller's role and scope: a request
 * the caller may not see is 404, internal notes never reach the asker's side. Changes of state (assignment,
 * transitions) carry the {@code version} last read, in the body or as {@code If-Match}: without it 428, stale 409.
 */
@RestController
@RequestMapping("/api/v1/support-requests")
@Tag(
        name = "Support requests",
        description = "Expert support: requests from libraries, assignment, threaded " + "answers, status and rating")
class SupportApiController {

    static final int MAX_SIZE = 100;

    private final SupportService service;
    private final SupportQueries queries;
    private final UploadService uploads;

    SupportApiController(SupportService service, SupportQueries queries, UploadService uploads) {
        this.service = service;
        this.queries = queries;
        this.uploads = uploads;
    }

    record AskRequest(Long libraryId, String topic, String question, String linkKind, Long linkId, String linkLabel) {}

    record AssignmentRequest(Long expertId, Long version) {}

    record MessageRequest(String body, Boolean internal) {}

    record TransitionRequest(String status, Long version) {}

    record RatingRequest(Integer score, String comment) {}

    @Operation(
            summary = "The requests the caller may see, newest first; filters by status, topic code, oblast, "
                    + "overdue (past the first-answer target), unassigned and mine")
    @GetMapping
    ApiPage<RequestRow> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "platform.error.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "platform.error.size", MAX_SIZE);
        }
        var slice = queries.list(
                me, new SupportQueries.Filter(status(status), topic, oblast, overdue, unassigned, mine), page, size);
        return ApiPage.slice(slice.rows(), slice.page(), slice.size(), slice.hasNext());
    }

    @Operation(
            summary =
                    "Ask for support: topic code, question, optionally the library (when the asker has several) "
                            + "and a link to a partnership (PARTNERSHIP with its id), a call or an event (CALL/EVENT with id and label)")
    @PostMapping
    ResponseEntity<RequestView> ask(@AuthenticationPrincipal CurrentUser me, @RequestBody AskRequest request) {
        long id = service.ask(
                me,
                new SupportService.AskInput(
                        request.libraryId(),
                        request.topic(),
                        request.question(),
                        linkKind(request.linkKind()),
                        request.linkId(),
                        request.linkLabel()),
                List.of());
        return ResponseEntity.created(URI.create("/api/v1/support-requests/" + id))
                .body(queries.view(me, id));
    }

    @Operation(
            summary = "For the ask form's type-ahead: the libraries the caller may ask for (a librarian's own, the "
                    + "libraries of a board member's chitalishte) whose name or settlement has the words q (Cyrillic or "
                    + "Latin), as value (the id), label and hint; all of them when q is empty")
    @GetMapping("/libraries/suggest")
    List<bg.libpartners.platform.pick.Choice> suggestLibraries(
            @AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String q) {
        var words = q.strip();
        return service.suggestLibraries(
                me,
                words.length() > 100 ? words.substring(0, 100) : words,
                bg.libpartners.platform.pick.PickService.LIMIT);
    }

    @Operation(summary = "One request with its thread; internal notes only for experts, coordinators and admins")
    @GetMapping("/{id}")
    RequestView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return queries.view(me, id);
    }

    @Operation(
            summary = "Assign to an expert (coordinators of the oblast, admins), or take it (an expert of the "
                    + "topic, their own id, while it is unassigned)")
    @PostMapping("/{id}/assignment")
    RequestView assign(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody AssignmentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.assign(me, id, request.expertId(), ExpectedVersion.of(request.version(), ifMatch));
        return queries.view(me, id);
    }

    @Operation(
            summary = "A message in the thread: from the asker's side to the expert, from the support side an "
                    + "answer the asker reads or, internal, a note only the support side sees")
    @PostMapping("/{id}/messages")
    ResponseEntity<RequestView> post(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody MessageRequest request) {
        service.post(me, id, request.body(), Boolean.TRUE.equals(request.internal()), List.of());
        return ResponseEntity.status(201).body(queries.view(me, id));
    }

    @Operation(
            summary = "A message with files (multipart/form-data): one or more parts named file, the text in the "
                    + "part body and, from the support side, internal=true for a note. Each file passes the same checks as on "
                    + "the page (what it contains, at most libpartners.support.max-file-mb, at most 5 files); a refused file "
                    + "is a 400 naming the field (parameter file) and nothing of the message is kept")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RequestView> upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestPart(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean internal)
            throws IOException {
        var inputs = new ArrayList<SupportService.FileInput>();
        try {
            for (var file : files == null ? List.<MultipartFile>of() : files) {
                if (file != null && !file.isEmpty()) {
                    inputs.add(new SupportService.FileInput(file.getOriginalFilename(), file.getInputStream()));
                }
            }
            if (inputs.isEmpty()) {
                queries.view(me, id); // a request the caller may not see stays a 404
                throw new BadRequestException("file", "support.error.fileMissing");
            }
            service.post(me, id, body, internal, inputs);
        } finally {
            for (var in : inputs) {
                in.content().close();
            }
        }
        return ResponseEntity.status(201).body(queries.view(me, id));
    }

    @Operation(
            summary = "One attached file, for those who may see the request (internal notes' files only for the "
                    + "support side); 404 otherwise")
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<StreamingResponseBody> download(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long attachmentId) {
        return SupportController.download(queries, uploads, me, id, attachmentId);
    }

    @Operation(
            summary = "Move the status: WAITING_FOR_ASKER (support side, after an answer), CLOSED (the asker's "
                    + "side or coordinators, after an answer), ASSIGNED/NEW to reopen within 30 days of closing")
    @PostMapping("/{id}/transitions")
    RequestView transition(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.transition(me, id, status(request.status()), ExpectedVersion.of(request.version(), ifMatch));
        return queries.view(me, id);
    }

    @Operation(summary = "The asker rates the help, 1 to 5 with an optional comment, once the request is closed")
    @PostMapping("/{id}/rating")
    RequestView rate(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody RatingRequest request) {
        service.rate(me, id, request.score(), request.comment());
        return queries.view(me, id);
    }

    static SupportStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SupportStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status", "support.error.statusUnknown", value);
        }
    }

    static LinkKind linkKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LinkKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("linkKind", "support.error.linkKind", value);
        }
    }
}
