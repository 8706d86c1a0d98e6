package bg.libpartners.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.ConflictException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The grant that follows an approval: its agreement as PDF and DOCX, tranches, reports and the portfolio. */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FundingGrantIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    DecisionService decisions;

    @Autowired
    GrantService grants;

    @Autowired
    FundingReads reads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.ApplicationContext context;

    CurrentUser admin() {
        return fx.demo(Role.ADMIN);
    }

    CurrentUser librarian() {
        return fx.demo(Role.LIBRARIAN);
    }

    long grant(String title) {
        long call = fx.publishedCall("Покана за " + title, "50000.00", List.of());
        long id = fx.submitted(call, title, "8000.00");
        return decisions
                .decide(
                        admin(),
                        id,
                        new DecisionService.DecisionInput(
                                DecisionService.Outcome.APPROVE,
                                new BigDecimal("7500.00"),
                                "Добро предложение",
                                null,
                                applications.get(admin(), id).version()))
                .grantId();
    }

    /** A streamed download: the request starts asynchronously, the dispatch writes the document. */
    byte[] download(String path, CurrentUser who) throws Exception {
        var started = mvc.perform(get(path).with(user(who)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted())
                .andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theGrantAgreementNamesThePartiesAndTheAmountInPdfAndDocx() throws Exception {
        long id = grant("Договор за четене");
        var pdf = download("/api/v1/grants/" + id + "/agreement.pdf", librarian());
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        var g = grants.get(admin(), id);
        assertThat(text)
                .contains("ДОГОВОР ЗА БЕЗВЪЗМЕЗДНО ФИНАНСИРАНЕ")
                .contains("Глобални библиотеки")
                .contains("7 500,00 €")
                .contains("Договор за четене")
                .contains(g.number());
        var docx = download("/api/v1/grants/" + id + "/agreement.docx", admin());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(doc)) {
            var words = extractor.getText();
            assertThat(words)
                    .contains("ДОГОВОР ЗА БЕЗВЪЗМЕЗДНО ФИНАНСИРАНЕ")
                    .contains("7 500,00 €")
                    .contains("БЕНЕФИЦИЕНТ")
                    .contains("Транш 1: 70% — 5 250,00 €")
                    .contains("Транш 2: 30% — 2 250,00 €");
        }
        mvc.perform(get("/api/v1/grants/" + id + "/agreement.pdf").with(user(fx.demo(Role.EXPERT))))
                .andExpect(status().isForbidden());
    }

    @Test
    void reportsCarrySpendingPerBudgetLineAndTheFinalTranchWaitsForTheFinalReport() {
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = List.of(
                proof.stranger(Role.LIBRARIAN, bg.libpartners.account.Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                        .id(),
                proof.stranger(Role.COORDINATOR, bg.libpartners.account.Scope.of(ScopeKind.OBLAST, "VRC"))
                        .id());
        var staff = proof.holding(Role.LIBRARIAN, ScopeKind.LIBRARY, String.valueOf(fx.library()), librarian());
        long id = grant("Отчитане");
        assertThat(grants.tranches(admin(), id))
                .extracting(GrantService.TrancheView::amount)
                .containsExactly(new BigDecimal("5250.00"), new BigDecimal("2250.00"));
        grants.pay(admin(), id, 1, null);
        assertThat(events.stream(Notice.class).filter(n -> n.kind().equals("funding.tranche-paid")))
                .isNotEmpty();
        proof.reachesOnlyOnce(events, "funding.tranche-paid", "funding.tranche-paid:" + id, staff, strangers);
        assertThatThrownBy(() -> grants.pay(admin(), id, 2, null))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "funding.error.finalReportFirst");
        assertThatThrownBy(() -> grants.report(
                        librarian(),
                        id,
                        new GrantService.ReportInput(
                                Report.Kind.FINAL, "Отчет", List.of(new Report.Spending(5, BigDecimal.TEN)), List.of()),
                        List.of()))
                .isInstanceOf(InvalidFundingException.class);
        var report = grants.report(
                librarian(),
                id,
                new GrantService.ReportInput(
                        Report.Kind.FINAL,
                        "Проведени 20 занимания",
                        List.of(
                                new Report.Spending(0, new BigDecimal("5900.00")),
                                new Report.Spending(1, new BigDecimal("4100.00"))),
                        List.of(new Report.Reached(0, new BigDecimal("140")))),
                List.of());
        assertThat(report.spent()).isEqualByComparingTo("10000.00");
        proof.reachesOnlyOnce(
                events,
                "funding.report-submitted",
                "funding.report-submitted:" + report.id(),
                proof.holding(Role.ADMIN, admin()),
                strangers);
        assertThatThrownBy(() -> grants.review(admin(), id, report.id(), false, " ", report.version()))
                .isInstanceOf(InvalidFundingException.class);
        assertThatThrownBy(
                        () -> grants.review(fx.demo(Role.COORDINATOR), id, report.id(), true, null, report.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        grants.review(admin(), id, report.id(), true, "Приет", report.version());
        assertThat(grants.pay(admin(), id, 2, null).paidOn()).isNotNull();
        var portfolio = reads.portfolio(librarian(), fx.library(), "Библиотека", null);
        assertThat(portfolio.grants()).anySatisfy(g -> {
            assertThat(g.id()).isEqualTo(id);
            assertThat(g.paid()).isEqualByComparingTo("7500.00");
        });
        assertThat(portfolio.indicators()).anySatisfy(x -> {
            assertThat(x.name()).isEqualTo("Нови читатели");
            assertThat(x.reached()).isEqualByComparingTo("140");
        });
        assertThat(events.stream(Notice.class).filter(n -> n.kind().equals("funding.report-reviewed")))
                .anySatisfy(n -> assertThat(n.audience())
                        .containsExactly(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, fx.library())));
        proof.reachesOnlyOnce(
                events, "funding.report-reviewed", "funding.report-reviewed:" + report.id(), staff, strangers);
    }

    @Test
    void refusesAReportBeforeTheGrantStarts() {
        long id = grant("Ранен отчет");
        jdbc.sql("update funding_grant set starts_on = :d where id = :id")
                .param("d", LocalDate.now(clock).plusDays(5))
                .param("id", id)
                .update();
        assertThatThrownBy(() -> grants.report(
                        librarian(),
                        id,
                        new GrantService.ReportInput(
                                Report.Kind.INTERIM,
                                "Рано",
                                List.of(new Report.Spending(0, BigDecimal.ONE)),
                                List.of()),
                        List.of()))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "funding.error.reportBeforeStart");
        assertThat(grants.reports(admin(), id)).isEmpty();
    }
}
