package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.security.MatrixModule;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The funding records of the role × endpoint table: an open call; a submitted application of the demo library with
 * an attachment and the demo expert assigned (not yet declared); a grant of another approved application, started,
 * with a submitted report that has a file.
 */
public class FundingMatrix implements MatrixModule {

    @Override
    public void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values) {
        var fx = context.getBean(FundingFixtures.class);
        var applications = context.getBean(ApplicationService.class);
        var reviews = context.getBean(ReviewService.class);
        var decisions = context.getBean(DecisionService.class);
        var grants = context.getBean(GrantService.class);
        var admin = actors.get("admin");
        var librarian = actors.get("librarian");
        long call = fx.publishedCall("Матрица: покана", "100000.00", List.of());
        long app = fx.draft(call, "Матрица: предложение", "8000.00");
        applications.attach(
                librarian,
                app,
                "Декларация",
                "deklaracia.txt",
                "text/plain",
                new ByteArrayInputStream("Декларация".getBytes(StandardCharsets.UTF_8)));
        applications.submit(librarian, app, applications.get(librarian, app).version());
        reviews.assign(admin, app, actors.get("expert").id());
        long approved = fx.submitted(call, "Матрица: одобрено", "8000.00");
        var view = decisions.decide(
                admin,
                approved,
                new DecisionService.DecisionInput(
                        DecisionService.Outcome.APPROVE,
                        new BigDecimal("8000.00"),
                        null,
                        null,
                        applications.get(admin, approved).version()));
        long grant = view.grantId();
        var report = grants.report(
                librarian,
                grant,
                new GrantService.ReportInput(
                        Report.Kind.INTERIM,
                        "Отчет",
                        List.of(new Report.Spending(0, new BigDecimal("100.00"))),
                        List.of()),
                List.of(new MockMultipartFile(
                        "files", "razhodi.txt", "text/plain", "Разходи".getBytes(StandardCharsets.UTF_8))));
        values.put("calls/id", String.valueOf(call));
        values.put("applications/id", String.valueOf(app));
        values.put("attachments/index", "0");
        values.put("grants/id", String.valueOf(grant));
        values.put("reports/reportId", String.valueOf(report.id()));
        values.put("files/index", "0");
        values.put("tranches/seq", "2");
    }

    @Override
    public Map<String, String> inputs() {
        return Map.ofEntries(
                Map.entry("POST /funding/calls/{id}", "version=999"),
                Map.entry("POST /funding/calls/{id}/publish", "version=999"),
                Map.entry("POST /funding/calls/{id}/apply", "libraryId={library}&title=Матрица {actor}"),
                Map.entry("POST /funding/applications/{id}", "version=999&title=Матрица"),
                Map.entry("POST /funding/applications/{id}/submit", "version=999"),
                Map.entry("POST /funding/applications/{id}/decision", "outcome=REJECT&reason=Матрица&version=999"),
                Map.entry("POST /funding/grants/{id}/reports/{reportId}/review", "accept=true&version=999"),
                Map.entry("PUT /api/v1/calls/{id}", "{\"version\":999}"),
                Map.entry("POST /api/v1/calls/{id}/publish", "{\"version\":999}"),
                Map.entry(
                        "POST /api/v1/calls/{id}/applications",
                        "{\"libraryId\":{library},\"title\":\"Матрица {actor}\"}"),
                Map.entry("PUT /api/v1/applications/{id}", "{\"version\":999,\"title\":\"Матрица\"}"),
                Map.entry("POST /api/v1/applications/{id}/submit", "{\"version\":999}"),
                Map.entry("POST /api/v1/grants/{id}/reports/{reportId}/review", "{\"accept\":true,\"version\":999}"));
    }
}
