package bg.libpartners.insight.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.insight.DashboardService;
import bg.libpartners.insight.DashboardView;
import bg.libpartners.insight.FigureFormat;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.insight.Subscriptions;
import bg.libpartners.taxonomy.PartnerType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard pages: the programme (with its filters), an oblast, a library; the monthly report subscription. */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final FigureFormat labels;
    private final Subscriptions subscriptions;
    private final JsonMapper json;

    DashboardController(
            DashboardService dashboards, FigureFormat labels, Subscriptions subscriptions, JsonMapper json) {
        this.dashboards = dashboards;
        this.labels = labels;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    @GetMapping("/insight")
    String programme(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        boolean filtered = oblast != null && !oblast.isBlank()
                || municipality != null && !municipality.isBlank()
                || partnerType != null && !partnerType.isBlank()
                || year != null;
        var home = DashboardService.homeOf(me);
        if (!filtered && home != null && !home.equals("/insight")) {
            return "redirect:" + home;
        }
        return show(me, new InsightScope(oblast, null, year, municipality, partnerType), locale, model);
    }

    @GetMapping("/insight/oblasts/{code}")
    String oblast(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        return show(me, new InsightScope(code, null, year, municipality, partnerType), locale, model);
    }

    @GetMapping("/insight/libraries/{id}")
    String library(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        return show(me, new InsightScope(null, id, year, null, partnerType), locale, model);
    }

    @PostMapping("/insight/subscription")
    String subscribe(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "true") boolean monthly,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        subscriptions.set(me, monthly);
        redirect.addFlashAttribute("notice", monthly ? "insight.subscription.on" : "insight.subscription.off");
        return "redirect:"
                + (back != null && back.startsWith("/insight") && !back.startsWith("//") ? back : "/insight");
    }

    @PostMapping("/insight/refresh")
    String refresh(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        dashboards.refresh(me);
        redirect.addFlashAttribute("notice", "insight.refreshed");
        return "redirect:/insight";
    }

    private String show(CurrentUser me, InsightScope asked, Locale locale, Model model) {
        var dashboard = dashboards.dashboard(me, asked);
        var view = DashboardView.of(dashboard, labels, locale);
        var scope = dashboard.scope();
        model.addAttribute("view", view);
        model.addAttribute("d", dashboard);
        model.addAttribute("scope", scope);
        model.addAttribute("charts", charts(view));
        model.addAttribute("oblasts", dashboards.oblasts());
        model.addAttribute("municipalities", dashboards.municipalities(scope.oblast()));
        model.addAttribute("partnerTypes", PartnerType.values());
        int thisYear = LocalDate.now(ZoneId.of("Europe/Sofia")).getYear();
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(2010, thisYear)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("reportQuery", query(scope));
        model.addAttribute("self", self(dashboard.level(), scope));
        model.addAttribute("subscribed", subscriptions.subscribed(me));
        model.addAttribute("isAdmin", me != null && me.isAdmin());
        return "insight/dashboard";
    }

    /** Each chart's data as JSON for its box's data attribute (the page has no inline script). */
    private Map<String, String> charts(DashboardView view) {
        var out = new LinkedHashMap<String, String>();
        view.sections()
                .forEach(s -> s.figures().stream()
                        .filter(f -> f.chart() != null)
                        .forEach(f -> out.put(f.id(), json.writeValueAsString(f.chart()))));
        return out;
    }

    static String query(InsightScope scope) {
        var uri = UriComponentsBuilder.newInstance();
        if (scope.organisationId() != null) {
            uri.queryParam("library", scope.organisationId());
        }
        if (scope.oblast() != null) {
            uri.queryParam("oblast", scope.oblast());
        }
        if (scope.municipality() != null) {
            uri.queryParam("municipality", scope.municipality());
        }
        if (scope.partnerType() != null) {
            uri.queryParam("partnerType", scope.partnerType());
        }
        if (scope.year() != null) {
            uri.queryParam("year", scope.year());
        }
        return uri.build().encode().toUriString();
    }

    private static String self(String level, InsightScope scope) {
        return switch (level) {
            case "library" -> "/insight/libraries/" + scope.organisationId();
            case "oblast" -> "/insight/oblasts/" + scope.oblast();
            default -> "/insight";
        };
    }
}
