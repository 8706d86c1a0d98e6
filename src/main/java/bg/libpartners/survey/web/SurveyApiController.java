package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.survey.Answering;
import bg.libpartners.survey.CampaignInput;
import bg.libpartners.survey.CampaignService;
import bg.libpartners.survey.CampaignView;
import bg.libpartners.survey.Progress;
import bg.libpartners.survey.QuestionResult;
import bg.libpartners.survey.SurveyExport;
import bg.libpartners.survey.SurveyReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns for those who run them (coordinators of their oblasts, admins): create, launch (the invitations are
 * recorded at once and mailed in the background), progress, per-question results, personal links, reopening an
 * answer, and every submitted answer as XLSX or CSV.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Survey campaigns of existing partnerships")
class SurveyApiController {

    private final CampaignService campaigns;
    private final SurveyReportService reports;
    private final SurveyExport export;
    private final Answering answering;

    SurveyApiController(
            CampaignService campaigns, SurveyReportService reports, SurveyExport export, Answering answering) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.export = export;
        this.answering = answering;
    }

    @GetMapping
    @Operation(summary = "The campaigns this user runs, newest first")
    ApiPage<CampaignView> list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var all = campaigns.list(me);
        return page(all, page, size);
    }

    @PostMapping
    @Operation(summary = "Create a campaign (a draft until launched)")
    ResponseEntity<CampaignView> create(@AuthenticationPrincipal CurrentUser me, @RequestBody CampaignInput input) {
        long id = campaigns.create(me, input);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(campaigns.get(me, id));
    }

    @GetMapping("/{id}")
    CampaignView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return campaigns.get(me, id);
    }

    @PostMapping("/{id}/launch")
    @Operation(
            summary = "Launch: records an invitation per organisation of the audience and answers how many;"
                    + " the e-mails go out in the background")
    Map<String, Integer> launch(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return Map.of("invited", campaigns.launch(me, id));
    }

    @GetMapping("/{id}/progress")
    Progress progress(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reports.progress(me, id);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Per question counts over the submitted answers, by oblast and kind if given")
    List<QuestionResult> results(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String kind) {
        return reports.results(me, id, oblast, kind, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}/links")
    @Operation(
            summary = "Invited organisations with their contacts, state and how many links were issued; a link"
                    + " itself is shown once, when issued (POST …/links/{organisationId})")
    ApiPage<CampaignService.LinkRow> links(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int s = Math.min(Math.max(size, 1), 500);
        int p = Math.max(page, 0);
        var rows = campaigns.links(me, id, oblast, (long) p * s, s + 1);
        return ApiPage.slice(rows.size() > s ? rows.subList(0, s) : rows, p, s, rows.size() > s);
    }

    @PostMapping("/{id}/handouts")
    @Operation(
            summary =
                    "A new personal link for every invited organisation without an e-mail address that has not"
                            + " answered (up to 1,000 at a time, those with no link yet first), of one oblast if given; shown this once")
    ApiPage<CampaignService.Handout> handouts(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast) {
        var issued = campaigns.handouts(me, id, oblast);
        return ApiPage.slice(issued, 0, Math.max(issued.size(), 1), false);
    }

    @PostMapping("/{id}/links/{organisationId}")
    @Operation(summary = "A new personal link for one invited organisation, shown this once (only its hash is kept)")
    Map<String, Object> issue(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long organisationId) {
        return Map.of("organisationId", organisationId, "link", campaigns.issueLink(me, id, organisationId));
    }

    @PostMapping("/{id}/responses/{organisationId}/reopen")
    ResponseEntity<Void> reopen(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long organisationId) {
        answering.reopen(me, id, organisationId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/answers.xlsx")
    void xlsx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        var d = export.checked(me, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + ".xlsx\"");
        export.xlsx(id, d, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/{id}/answers.csv")
    void csv(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        var d = export.checked(me, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"");
        export.csv(id, d, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    static <T> ApiPage<T> page(List<T> all, int page, int size) {
        int s = Math.min(Math.max(size, 1), 100);
        int p = Math.max(page, 0);
        int from = Math.min(all.size(), p * s);
        return ApiPage.of(
                new PageImpl<>(all.subList(from, Math.min(all.size(), from + s)), PageRequest.of(p, s), all.size()));
    }
}
