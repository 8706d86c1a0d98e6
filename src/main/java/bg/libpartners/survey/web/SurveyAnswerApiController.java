package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.ExpectedVersion;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickService;
import bg.libpartners.survey.Answering;
import bg.libpartners.survey.SurveyOrganisationPickSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answering: by personal link ({@code /api/v1/survey-answers/{token}}, no sign-in: the link is the key to one
 * organisation's form) or from an account ({@code /api/v1/surveys/{id}/answers/{organisationId}}). A save is a draft;
 * submit checks every required answer. Each carries the version last read: a stale one is a 409.
 */
@RestController
@Tag(name = "Survey answers", description = "Reading, saving and submitting an answer to a survey")
class SurveyAnswerApiController {

    private final Answering answering;
    private final SurveyOrganisationPickSource organisations;
    private final DefinitionJson definitions;

    SurveyAnswerApiController(
            Answering answering, SurveyOrganisationPickSource organisations, DefinitionJson definitions) {
        this.answering = answering;
        this.organisations = organisations;
        this.definitions = definitions;
    }

    /**
     * The type-ahead of an "organisation from the directory" question for the holder of a personal link (no sign-in):
     * public partner organisations only, 404/410 as the link itself.
     */
    @GetMapping("/api/v1/survey-answers/{token}/organisations")
    @Operation(summary = "Partner organisations whose name starts with q (at least two letters), for the link's form")
    List<Choice> organisations(@PathVariable String token, @RequestParam(defaultValue = "") String q) {
        answering.checkLink(token);
        var trimmed = q.strip();
        return trimmed.length() < 2
                ? List.of()
                : organisations.suggest(
                        SurveyOrganisationPickSource.KIND,
                        trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed,
                        PickService.LIMIT);
    }

    @GetMapping("/api/v1/survey-answers/{token}")
    @Operation(summary = "The questionnaire and the current answers of the organisation this link is for")
    AnswerDocument byLink(@PathVariable String token) {
        return AnswerDocument.of(definitions, answering.byLink(token));
    }

    @PutMapping("/api/v1/survey-answers/{token}")
    @Operation(summary = "Save a draft (the version last read in the body or If-Match)")
    AnswerDocument saveByLink(
            @PathVariable String token,
            @RequestBody AnswerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AnswerDocument.of(
                definitions,
                answering.saveByLink(token, request.values(), ExpectedVersion.of(request.version(), ifMatch)));
    }

    @PostMapping("/api/v1/survey-answers/{token}/submit")
    @Operation(summary = "Submit: the answers given (or, with none in the body, those saved)")
    AnswerDocument submitByLink(
            @PathVariable String token,
            @RequestBody(required = false) AnswerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var current = answering.byLink(token);
        var values = request == null || request.empty() ? current.values() : request.values();
        Long version = ExpectedVersion.of(request == null ? null : request.version(), ifMatch);
        return AnswerDocument.of(definitions, answering.submitByLink(token, values, version));
    }

    @GetMapping("/api/v1/surveys/{id}/answers/{organisationId}")
    AnswerDocument read(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long organisationId) {
        return AnswerDocument.of(definitions, answering.read(me, id, organisationId));
    }

    @PutMapping("/api/v1/surveys/{id}/answers/{organisationId}")
    AnswerDocument save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestBody AnswerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AnswerDocument.of(
                definitions,
                answering.save(
                        me,
                        id,
                        organisationId,
                        request.values(),
                        ExpectedVersion.of(request.version(), ifMatch),
                        false));
    }

    @PostMapping("/api/v1/surveys/{id}/answers/{organisationId}/submit")
    AnswerDocument submit(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestBody(required = false) AnswerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var current = answering.read(me, id, organisationId);
        var values = request == null || request.empty() ? current.values() : request.values();
        Long version = ExpectedVersion.of(request == null ? null : request.version(), ifMatch);
        return AnswerDocument.of(definitions, answering.save(me, id, organisationId, values, version, true));
    }
}
