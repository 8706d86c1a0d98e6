package bg.libpartners.directory.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.directory.BoardAndStaff;
import bg.libpartners.directory.InvalidOrganisationException;
import bg.libpartners.directory.PersonView;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.ProblemWriter;
import bg.libpartners.platform.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** The board of a chitalishte or the staff of a library or partner over REST, beside the organisation's page. */
@RestController
@RequestMapping("/api/v1/organisations/{id}/people")
@Tag(name = "Board and staff", description = """
        A chitalishte's board (настоятелство) and the staff of a library or partner. Every signed-in user reads the \
        roles and terms; `name`, `email` and `phone` (personal data) are filled only for those who may edit the \
        organisation (for a chitalishte also the librarians of its libraries) and for the person themselves \
        (`personalDataVisible`), null for everyone else. Those who may edit the organisation add, change, remove and \
        invite.""")
class PeopleApiController {

    private final BoardAndStaff boards;
    private final ProblemWriter problems;
    private final MessageSource messages;

    PeopleApiController(BoardAndStaff boards, ProblemWriter problems, MessageSource messages) {
        this.boards = boards;
        this.problems = problems;
        this.messages = messages;
    }

    @Operation(summary = "The board or staff: those in office first (by role), then the former ones")
    @GetMapping
    ApiPage<PersonView> list(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var people = boards.of(me, id);
        var all = Stream.concat(people.current().stream(), people.former().stream())
                .toList();
        var pageable = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200));
        int from = (int) Math.min(all.size(), pageable.getOffset());
        int to = Math.min(all.size(), from + pageable.getPageSize());
        return ApiPage.of(new PageImpl<>(all.subList(from, to), pageable, all.size()));
    }

    @Operation(summary = "One person")
    @GetMapping("/{personId}")
    PersonView one(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long personId) {
        return boards.one(me, id, personId);
    }

    @Operation(
            summary = "Add a person to the board or staff",
            description = "400 names each wrong field (`errors`: field and message); 403 for those who may not edit.")
    @PostMapping
    ResponseEntity<PersonView> add(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody PersonRequest request) {
        var added = boards.add(me, id, request.toInput(null));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/people/" + added.id()))
                .body(added);
    }

    @Operation(summary = "Change a person; `version` (or If-Match) is required, 409 when it is stale")
    @PutMapping("/{personId}")
    PersonView update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long personId,
            @RequestBody PersonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return boards.update(me, id, personId, request.toInput(ExpectedVersion.of(request.version(), ifMatch)));
    }

    @Operation(summary = "Remove a person (a former member is better kept with the end of the term)")
    @DeleteMapping("/{personId}")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long personId) {
        boards.remove(me, id, personId);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Invite the person, by the e-mail on their row, to work for this organisation",
            description = """
                    A board member of a chitalishte, a librarian of a library, a partner of a partner organisation, \
                    with this one organisation as the scope. `mailed` false: pass `link` on by hand. 400 when the \
                    row has no e-mail, the term has ended or an account with the address exists.""")
    @PostMapping("/{personId}/invitation")
    ResponseEntity<InvitationService.Sent> invite(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long personId,
            Locale locale) {
        return ResponseEntity.status(201).body(boards.invite(me, id, personId, locale));
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
}
