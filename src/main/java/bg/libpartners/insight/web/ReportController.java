package bg.libpartners.insight.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.insight.DashboardReportRenderer;
import bg.libpartners.insight.DashboardService;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.platform.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A dashboard with its filters as XLSX or PDF, and the yearly programme report; the same access rules as the page.
 * The figures are computed (and checked) before the first byte is written, so a refusal is a clean 403.
 */
@Controller
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DashboardService dashboards;
    private final DashboardReportRenderer reports;

    ReportController(DashboardService dashboards, DashboardReportRenderer reports) {
        this.dashboards = dashboards;
        this.reports = reports;
    }

    @GetMapping("/insight/report.xlsx")
    void xlsx(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long library,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var dashboard = dashboards.dashboard(me, new InsightScope(oblast, library, year, municipality, partnerType));
        response.setContentType(XLSX);
        attach(response, name(dashboard.level(), dashboard.scope()) + ".xlsx");
        reports.xlsx(dashboard, locale, response.getOutputStream());
    }

    @GetMapping("/insight/report.pdf")
    void pdf(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String oblast,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String partnerType,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long library,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var dashboard = dashboards.dashboard(me, new InsightScope(oblast, library, year, municipality, partnerType));
        var pdf = new java.io.ByteArrayOutputStream();
        reports.pdf(dashboard, false, locale, pdf);
        response.setContentType("application/pdf");
        attach(response, name(dashboard.level(), dashboard.scope()) + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    @GetMapping("/insight/yearly-report.pdf")
    void yearly(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Integer year,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        int last = LocalDate.now(ZoneId.of("Europe/Sofia")).getYear();
        int y = year == null ? last - 1 : year;
        if (y < 2000 || y > last) {
            throw new BadRequestException("year", "insight.error.year");
        }
        var dashboard = dashboards.dashboard(me, new InsightScope(null, null, y));
        if (!dashboard.level().equals("programme")) {
            throw new BadRequestException("year", "insight.error.year");
        }
        var pdf = new java.io.ByteArrayOutputStream();
        reports.pdf(dashboard, true, locale, pdf);
        response.setContentType("application/pdf");
        attach(response, "libpartners-" + y + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    private static void attach(HttpServletResponse response, String file) {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
    }

    private static String name(String level, InsightScope scope) {
        var name = new StringBuilder("libpartners-").append(level);
        if (scope.organisationId() != null) {
            name.append('-').append(scope.organisationId());
        }
        if (scope.oblast() != null) {
            name.append('-').append(scope.oblast());
        }
        if (scope.municipality() != null) {
            name.append('-').append(scope.municipality());
        }
        if (scope.partnerType() != null) {
            name.append('-').append(scope.partnerType());
        }
        if (scope.year() != null) {
            name.append('-').append(scope.year());
        }
        return name.toString();
    }
}
