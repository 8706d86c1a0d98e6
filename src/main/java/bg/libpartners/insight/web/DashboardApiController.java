package bg.libpartners.insight.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.insight.Dashboard;
import bg.libpartners.insight.DashboardService;
import bg.libpartners.insight.InsightScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboards as JSON: the same figures as the pages, with the codes of their breakdowns. */
@RestController
@RequestMapping("/api/v1/insight")
@Tag(
        name = "Insight",
        description = "DashboardService of the programme, an oblast and a library: each module's figures, "
                + "with breakdowns by code and the national median for comparison. Figures are cached; computedAt says when "
                + "they were computed.")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    @Operation(
            summary =
                    "The programme dashboard (admins, coordinators); a filter by oblast or municipality makes it "
                            + "that oblast's (its coordinators), a library id that library's (its librarians, board, coordinators)")
    Dashboard programme(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long library) {
        return dashboards.dashboard(me, new InsightScope(oblast, library, year, municipality, partnerType));
    }

    @GetMapping("/oblasts/{code}")
    @Operation(summary = "An oblast's dashboard, compared with the median of the oblasts")
    Dashboard oblast(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year) {
        return dashboards.dashboard(me, new InsightScope(code, null, year, municipality, partnerType));
    }

    @GetMapping("/libraries/{id}")
    @Operation(summary = "A library's or chitalishte's dashboard, compared with the median of the libraries")
    Dashboard library(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year) {
        return dashboards.dashboard(me, new InsightScope(null, id, year, null, partnerType));
    }
}
