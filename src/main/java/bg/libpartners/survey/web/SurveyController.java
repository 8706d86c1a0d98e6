package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.survey.Answering;
import bg.libpartners.survey.CampaignService;
import bg.libpartners.survey.ProposalService;
import bg.libpartners.survey.QuestionnaireService;
import bg.libpartners.survey.SurveyReportService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages: campaigns, a new campaign, launch, progress (with who has not answered and their
 * contacts), results per question with charts, personal links, and the partners proposed from answers.
 */
@Controller
class SurveyController {

    private final CampaignService campaigns;
    private final SurveyReportService reports;
    private final QuestionnaireService questionnaires;
    private final Answering answering;
    private final ProposalService proposals;
    private final Directory directory;
    private final MessageSource messages;

    SurveyController(
            CampaignService campaigns,
            SurveyReportService reports,
            QuestionnaireService questionnaires,
            Answering answering,
            ProposalService proposals,
            Directory directory,
            MessageSource messages) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.questionnaires = questionnaires;
        this.answering = answering;
        this.proposals = proposals;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/surveys")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("campaigns", campaigns.list(me));
        model.addAttribute("mayCreate", CampaignService.mayCreate(me));
        model.addAttribute("mine", answering.mine(me));
        return "survey/list";
    }

    @GetMapping("/surveys/mine")
    String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
        return list(me, model);
    }

    @GetMapping("/surveys/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        var form = new CampaignForm();
        form.setOpensOn(LocalDate.now());
        form.setClosesOn(LocalDate.now().plusDays(30));
        return form(me, form, null, model);
    }

    private String form(CurrentUser me, CampaignForm form, BadRequestException error, Model model) {
        if (!CampaignService.mayCreate(me)) {
            throw new org.springframework.security.access.AccessDeniedException("campaigns");
        }
        var qs = questionnaires.latest(me);
        if (form.getQuestionnaireId() == null && !qs.isEmpty()) {
            form.setQuestionnaireId(qs.stream()
                    .filter(q -> q.shipped())
                    .findFirst()
                    .orElse(qs.get(0))
                    .id());
        }
        model.addAttribute("form", form);
        model.addAttribute("questionnaires", qs);
        var oblasts = new java.util.TreeMap<>(directory.oblastNames());
        if (!me.isAdmin()) {
            oblasts.keySet().retainAll(me.refs(bg.libpartners.account.ScopeKind.OBLAST));
        }
        model.addAttribute("oblasts", oblasts);
        model.addAttribute("picked", directory.findAll(form.getPicked()));
        if (error != null) {
            model.addAttribute("errorField", error.getParameter());
            model.addAttribute(
                    "error",
                    messages.getMessage(error.getMessageKey(), error.getArgs(), LocaleContextHolder.getLocale()));
        }
        return "survey/new";
    }

    @PostMapping("/surveys")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CampaignForm form,
            @RequestParam(required = false) String find,
            @RequestParam(required = false) String action,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (bg.libpartners.platform.pick.PickService.searching(request) && !"find".equals(action)) {
            return form(me, form, null, model); // no script: the municipality picker lists its choices
        }
        if ("find".equals(action)) {
            model.addAttribute(
                    "found",
                    find == null || find.isBlank()
                            ? List.of()
                            : directory.suggest(find, 12).stream()
                                    .filter(o -> o.kind() != bg.libpartners.directory.OrganisationKind.PARTNER)
                                    .toList());
            model.addAttribute("find", find);
            return form(me, form, null, model);
        }
        try {
            long id = campaigns.create(me, form.input());
            return "redirect:/surveys/" + id;
        } catch (BadRequestException e) {
            return form(me, form, e, model);
        }
    }

    @GetMapping("/surveys/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var c = campaigns.get(me, id);
        model.addAttribute("campaign", c);
        model.addAttribute("questionnaire", questionnaires.get(me, c.questionnaireId()));
        model.addAttribute("progress", reports.progress(me, id));
        model.addAttribute("oblastNames", directory.oblastNames());
        return "survey/detail";
    }

    @PostMapping("/surveys/{id}/launch")
    String launch(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes flash) {
        try {
            int n = campaigns.launch(me, id);
            flash.addFlashAttribute(
                    "notice",
                    messages.getMessage("survey.launched", new Object[] {n}, LocaleContextHolder.getLocale()));
        } catch (BadRequestException e) {
            flash.addFlashAttribute(
                    "problem", messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/surveys/" + id;
    }

    @GetMapping("/surveys/{id}/progress")
    String progress(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("campaign", campaigns.get(me, id));
        model.addAttribute("progress", reports.progress(me, id));
        model.addAttribute("rows", campaigns.links(me, id, oblast, Math.max(page, 0) * 100L, 100));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("oblast", oblast);
        model.addAttribute("oblastNames", directory.oblastNames());
        model.addAttribute("municipalityNames", directory.municipalityNames());
        return "survey/progress";
    }

    @GetMapping("/surveys/{id}/results")
    String results(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String kind,
            Model model) {
        var c = campaigns.get(me, id);
        model.addAttribute("campaign", c);
        var results = reports.results(me, id, oblast, kind, LocaleContextHolder.getLocale());
        model.addAttribute("results", results);
        var charts = new java.util.HashMap<String, String>();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (var r : results) {
            charts.put(
                    r.key(),
                    json.writeValueAsString(java.util.Map.of(
                            "labels", r.labels().values(), "counts", r.counts().values())));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("oblast", oblast);
        model.addAttribute("kind", kind);
        var oblasts = new java.util.TreeMap<>(directory.oblastNames());
        if (!c.oblasts().isEmpty()) {
            oblasts.keySet().retainAll(c.oblasts());
        }
        model.addAttribute("oblastNames", oblasts);
        return "survey/results";
    }

    @GetMapping("/surveys/{id}/links")
    String links(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("campaign", campaigns.get(me, id));
        model.addAttribute("rows", campaigns.links(me, id, oblast, Math.max(page, 0) * 100L, 100));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("oblast", oblast);
        return "survey/links";
    }

    /** Links for every organisation without an e-mail address, on one page to print or read over the phone. */
    @PostMapping("/surveys/{id}/handouts")
    String handouts(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String oblast,
            Model model) {
        model.addAttribute("campaign", campaigns.get(me, id));
        model.addAttribute("handouts", campaigns.handouts(me, id, oblast));
        model.addAttribute("oblast", oblast);
        return "survey/handouts";
    }

    @PostMapping("/surveys/{id}/links/{organisationId}")
    String issue(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            Model model) {
        String link = campaigns.issueLink(me, id, organisationId);
        model.addAttribute("issued", link);
        model.addAttribute("issuedFor", organisationId);
        return links(me, id, null, 0, model);
    }

    @PostMapping("/surveys/{id}/responses/{organisationId}/reopen")
    String reopen(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            RedirectAttributes flash) {
        answering.reopen(me, id, organisationId);
        flash.addFlashAttribute(
                "notice", messages.getMessage("survey.reopened", null, LocaleContextHolder.getLocale()));
        return "redirect:/surveys/" + id + "/progress";
    }

    @GetMapping("/surveys/proposals")
    String proposals(@AuthenticationPrincipal CurrentUser me, Model model) {
        var open = proposals.open(me);
        model.addAttribute("proposals", open);
        var suggestions = new java.util.LinkedHashMap<Long, Object>();
        for (var p : open.stream().limit(50).toList()) {
            suggestions.put(p.id(), proposals.suggestions(me, p.id()));
        }
        model.addAttribute("suggestions", suggestions);
        return "survey/proposals";
    }

    @PostMapping("/surveys/proposals/{pid}")
    String decide(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long pid,
            @RequestParam String action,
            @RequestParam(required = false) Long organisationId,
            RedirectAttributes flash) {
        switch (action) {
            case "confirm" -> proposals.confirm(me, pid);
            case "merge" -> {
                if (organisationId == null) {
                    throw new bg.libpartners.survey.InvalidCampaignException(
                            "organisationId", "survey.error.mergeUnknown", "");
                }
                proposals.merge(me, pid, organisationId);
            }
            case "reject" -> proposals.reject(me, pid);
            default -> throw new BadRequestException("action", "platform.error.malformedParameter", "action", action);
        }
        flash.addFlashAttribute(
                "notice", messages.getMessage("survey.proposal.decided", null, LocaleContextHolder.getLocale()));
        return "redirect:/surveys/proposals";
    }
}
