package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.partnership.AssessmentService;
import bg.libpartners.partnership.AssessmentService.AssessmentRequest;
import bg.libpartners.partnership.AssessmentView;
import bg.libpartners.partnership.Criterion;
import bg.libpartners.partnership.InvalidPartnershipException;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.partnership.PartnershipService;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The self-assessment page (form, score, radar chart, advice, history) and its API. */
@Controller
class AssessmentController {

    private final AssessmentService assessments;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final MessageSource messages;
    private final JsonMapper json;

    AssessmentController(
            AssessmentService assessments,
            PartnershipService partnerships,
            PartnershipAccess access,
            MessageSource messages,
            JsonMapper json) {
        this.assessments = assessments;
        this.partnerships = partnerships;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    /** Whom the signed-in user may rate for: the lead library (key "") and/or parties by id. */
    record RatedParty(String key, String name) {}

    @GetMapping("/api/v1/partnerships/{id}/assessments")
    @ResponseBody
    List<AssessmentView> list(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return assessments.history(me, id);
    }

    @PostMapping("/api/v1/partnerships/{id}/assessments")
    @ResponseBody
    ResponseEntity<AssessmentView> create(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody AssessmentRequest request) {
        var saved = assessments.record(me, id, request);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/assessments"))
                .body(saved);
    }

    @GetMapping("/partnerships/{id}/assessment")
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale, Model model) {
        var p = partnerships.get(me, id);
        var history = assessments.history(me, id);
        var latest = latestPerParty(history);
        model.addAttribute("p", p);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("history", history);
        model.addAttribute("latest", latest);
        model.addAttribute("rateFor", rateFor(me, p));
        model.addAttribute("chart", json.writeValueAsString(chart(latest, locale)));
        return "partnership/assessment";
    }

    @PostMapping("/partnerships/{id}/assessment")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        var ratings = new HashMap<String, Integer>();
        Arrays.stream(Criterion.values()).forEach(c -> {
            var v = form.get("rating." + c.name());
            if (v != null && !v.isBlank()) {
                ratings.put(c.name(), v.trim().matches("-?\\d{1,3}") ? Integer.parseInt(v.trim()) : -1);
            }
        });
        var party = form.get("partyId");
        Long partyId = party == null || party.isBlank() ? null : Long.valueOf(party);
        try {
            assessments.record(me, id, new AssessmentRequest(partyId, ratings));
            redirect.addFlashAttribute("notice", "partnership.assessment.saved");
        } catch (InvalidPartnershipException e) {
            redirect.addFlashAttribute("errorKey", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
            redirect.addFlashAttribute("errorField", e.getParameter());
        }
        return "redirect:/partnerships/" + id + "/assessment";
    }

    static List<AssessmentView> latestPerParty(List<AssessmentView> newestFirst) {
        var seen = new LinkedHashMap<String, AssessmentView>();
        for (var a : newestFirst) {
            seen.putIfAbsent(String.valueOf(a.partyId()), a);
        }
        return List.copyOf(seen.values());
    }

    private List<RatedParty> rateFor(CurrentUser me, PartnershipDetails p) {
        var out = new ArrayList<RatedParty>();
        boolean edit = access.mayEdit(me, p);
        if (edit) {
            out.add(new RatedParty("", p.leadLibraryName()));
        }
        boolean onBehalf = edit && (me.is(Role.ADMIN) || me.is(Role.COORDINATOR));
        p.parties().stream()
                .filter(x -> onBehalf || access.representsParty(me, x))
                .forEach(x -> out.add(new RatedParty(String.valueOf(x.id()), x.organisationName())));
        return out;
    }

    private Map<String, Object> chart(List<AssessmentView> latest, Locale locale) {
        var axes = Arrays.stream(Criterion.values())
                .map(c -> Map.<String, Object>of(
                        "name",
                        messages.getMessage("partnership.criterion." + c.name(), null, c.name(), locale),
                        "max",
                        Criterion.MAX))
                .toList();
        var series = latest.stream()
                .map(a -> Map.<String, Object>of(
                        "name",
                        a.partyName() + " (" + a.score() + ")",
                        "value",
                        Arrays.stream(Criterion.values())
                                .map(c -> a.ratings().getOrDefault(c, 0))
                                .toList()))
                .toList();
        return Map.of("type", "radar", "indicators", axes, "series", series);
    }
}
