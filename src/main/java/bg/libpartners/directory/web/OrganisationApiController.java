package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.InvalidOrganisationException;
import bg.libpartners.directory.NationalPartnerNotAllowedException;
import bg.libpartners.directory.OrganisationDetails;
import bg.libpartners.directory.OrganisationExport;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.directory.SearchFilter;
import bg.libpartners.directory.StrategicLevel;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.ProblemWriter;
import bg.libpartners.platform.web.ApiPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory over REST: search and list, one organisation, suggestions, create, edit and export. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    /** One hit of a search or list. */
    record Item(
            long id,
            OrganisationKind kind,
            String name,
            String type,
            String subtype,
            String settlement,
            String ekatte,
            String municipality,
            String municipalityCode,
            String oblast,
            String oblastCode,
            Double lat,
            Double lon,
            StrategicLevel strategic,
            OrganisationStatus status) {

        static Item of(OrganisationSummary s) {
            return new Item(
                    s.id(),
                    s.kind(),
                    s.name(),
                    s.type(),
                    s.subtype(),
                    s.settlementName(),
                    s.ekatte(),
                    s.municipalityName(),
                    s.municipalityCode(),
                    s.oblastName(),
                    s.oblastCode(),
                    s.lat(),
                    s.lon(),
                    s.strategic(),
                    s.status());
        }
    }

    /**
     * Totals above this (or above the end of the page asked for and one more page) are reported as "at least"
     * ({@code page.totalElementsExact} false): see the README. Past it Lucene stops scoring hits that cannot reach
     * the page.
     */
    static final int EXACT_COUNT_UP_TO = 1_000;

    private final Directory directory;
    private final DirectoryEditor editor;
    private final OrganisationExport export;
    private final ProblemWriter problems;
    private final MessageSource messages;

    OrganisationApiController(
            Directory directory,
            DirectoryEditor editor,
            OrganisationExport export,
            ProblemWriter problems,
            MessageSource messages) {
        this.directory = directory;
        this.editor = editor;
        this.export = export;
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * A page of organisations in the API's one list shape ({@link ApiPage}): {@code page.totalElementsExact} is false
     * when more than {@link #EXACT_COUNT_UP_TO} organisations match and {@code totalElements} is that lower bound.
     */
    @GetMapping
    ApiPage<Item> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) StrategicLevel strategic,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new SearchFilter(q, kind, type, oblast, municipality, status, strategic);
        var pageable = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200));
        var results = directory.searchPage(filter, pageable, (int) Math.min(
                Integer.MAX_VALUE, Math.max(EXACT_COUNT_UP_TO, pageable.getOffset() + 2L * pageable.getPageSize())));
        return ApiPage.of(results.page(), results.totalExact()).map(Item::of);
    }

    @GetMapping("/facets")
    Map<String, Map<String, Long>> facets(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) StrategicLevel strategic) {
        var filter = new SearchFilter(q, kind, type, oblast, municipality, status, strategic);
        return directory.facets(filter);
    }

    /** Names that start with what was typed (Cyrillic or Latin), of one kind when {@code kind} is given. */
    @GetMapping("/suggest")
    List<Item> suggest(
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationKind kind) {
        return directory.suggest(q, kind, 10).stream().map(Item::of).toList();
    }

    @GetMapping("/{id}")
    OrganisationDetails one(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return directory.details(me, id);
    }

    @PostMapping
    ResponseEntity<OrganisationDetails> create(
            @AuthenticationPrincipal CurrentUser me, @RequestBody OrganisationRequest request) {
        long id = editor.create(me, request.toInput(null));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(directory.details(me, id));
    }

    /** The {@code version} last read (in the body or as {@code If-Match}) is required: 428 without it. */
    @io.swagger.v3.oas.annotations.Operation(
            summary = "Edit an organisation, its point (the pin) included",
            description = """
                    Those who may edit the organisation (admins, its oblast's coordinators, its own librarians, board                     members or partner representatives). The body replaces the record; `version` (or If-Match) is                     required. The point: new `lat`/`lon` (decimal degrees, WGS 84) are a pin                     (`summary.positionSource` PIN); the same ones as stored keep the point and its source; both left                     out put the point at the settlement's centre (SETTLEMENT, approximate). For an organisation in a                     Bulgarian settlement a point outside Bulgaria is refused (400 naming `lat` or `lon`); one more                     than 15 km from the settlement's centre is saved, and `kmFromSettlement` says how far it is.""")
    @PutMapping("/{id}")
    OrganisationDetails update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody OrganisationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        editor.update(me, id, request.toInput(ExpectedVersion.of(request.version(), ifMatch)));
        return directory.details(me, id);
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) StrategicLevel strategic,
            HttpServletResponse response)
            throws IOException {
        Exports.write(
                export, format, new SearchFilter(q, kind, type, oblast, municipality, status, strategic), response);
    }

    @ExceptionHandler(InvalidOrganisationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidOrganisationException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, "platform.error.invalid");
        var locale = LocaleContextHolder.getLocale();
        problem.setProperty(
                "errors",
                e.errors().entrySet().stream()
                        .map(f ->
                                Map.of("field", f.getKey(), "message", messages.getMessage(f.getValue(), null, locale)))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(NationalPartnerNotAllowedException.class)
    ResponseEntity<ProblemDetail> nationalMark(HttpServletRequest request) {
        var problem = problems.problem(request, 403, NationalPartnerNotAllowedException.MESSAGE_KEY);
        problem.setProperty("parameter", NationalPartnerNotAllowedException.FIELD);
        return ResponseEntity.status(403)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static void requireFormat(String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new BadRequestException("format", "directory.error.format", format);
        }
    }
}
