package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.survey.QuestionEditor;
import bg.libpartners.survey.QuestionInput;
import bg.libpartners.survey.QuestionnaireInput;
import bg.libpartners.survey.QuestionnaireService;
import bg.libpartners.survey.QuestionnaireView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Questionnaires for coordinators and admins: the newest version of each, one version, a new questionnaire, and an
 * edit (in place while nobody answered it; else the next version, refused when it would orphan a draft's answers).
 */
@RestController
@RequestMapping("/api/v1/questionnaires")
@Tag(name = "Questionnaires", description = "Survey questionnaires and their versions")
class QuestionnaireApiController {

    private final QuestionnaireService service;
    private final QuestionEditor editor;

    QuestionnaireApiController(QuestionnaireService service, QuestionEditor editor) {
        this.service = service;
        this.editor = editor;
    }

    /** A move: {@code direction} UP or DOWN within the question's section, and the version last read. */
    record MoveRequest(QuestionEditor.Direction direction, Long version) {}

    @PutMapping("/{id}/questions/{key}")
    @Operation(
            summary = "Edit one question (texts, kind, required, options, range, condition); the key stays."
                    + " Needs the version (body or If-Match): 428 without, 409 when stale. Answers the version now in use:"
                    + " a new id when a launched campaign or answers made it a new version")
    QuestionnaireView editQuestion(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestBody QuestionInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return editor.edit(me, id, key, input.withVersion(ExpectedVersion.of(input.version(), ifMatch)));
    }

    @PostMapping("/{id}/questions/{key}/move")
    @Operation(summary = "Move one question up or down within its section (version as for an edit)")
    QuestionnaireView moveQuestion(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestBody MoveRequest input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return editor.move(me, id, key, input.direction(), ExpectedVersion.of(input.version(), ifMatch));
    }

    @DeleteMapping("/{id}/questions/{key}")
    @Operation(summary = "Remove one question (version as If-Match or ?version=); refused when a draft answered it")
    QuestionnaireView removeQuestion(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return editor.remove(me, id, key, ExpectedVersion.of(version, ifMatch));
    }

    @GetMapping
    ApiPage<QuestionnaireView> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return SurveyApiController.page(service.latest(me), page, size);
    }

    @GetMapping("/{id}")
    QuestionnaireView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return service.get(me, id);
    }

    @PostMapping
    ResponseEntity<QuestionnaireView> create(
            @AuthenticationPrincipal CurrentUser me, @RequestBody QuestionnaireInput input) {
        long id = service.create(me, input);
        return ResponseEntity.created(URI.create("/api/v1/questionnaires/" + id))
                .body(service.get(me, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit; answers the version now in use (a new id when answers made it a new version)")
    QuestionnaireView update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestBody QuestionnaireInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return service.update(
                me,
                id,
                new QuestionnaireInput(
                        input.titleBg(),
                        input.titleEn(),
                        input.definition(),
                        ExpectedVersion.of(input.version(), ifMatch)));
    }
}
