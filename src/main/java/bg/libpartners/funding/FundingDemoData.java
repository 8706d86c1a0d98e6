package bg.libpartners.funding;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipFilter;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode: two calls (one open, one closed and decided, both marked demo), applications in every status around
 * the demo partnerships, reviews by the demo expert, one grant with its tranches (the advance paid) and an accepted
 * interim report, and drafts of libraries in other oblasts. Skipped, with a log line, when there are no partnerships.
 */
@Component
@Order(60)
class FundingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);
    private static final CurrentUser SYSTEM = new CurrentUser(
            null, "demo", "LibPartners", Role.ADMIN, Set.of(), null, true, false, Locale.forLanguageTag("bg"));

    private final LibPartnersProperties properties;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final CallService calls;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final GrantService grants;
    private final PartnershipCatalog partnerships;
    private final Directory directory;
    private final AccountService accounts;
    private final Clock clock;

    FundingDemoData(
            LibPartnersProperties properties,
            JdbcClient jdbc,
            SqlInstants instants,
            CallService calls,
            ApplicationService applications,
            ReviewService reviews,
            DecisionService decisions,
            GrantService grants,
            PartnershipCatalog partnerships,
            Directory directory,
            AccountService accounts,
            Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.instants = instants;
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.grants = grants;
        this.partnerships = partnerships;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()
                || jdbc.sql("select count(*) from funding_call")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        try {
            create();
        } catch (RuntimeException e) {
            log.warn("Demo co-financing was not created: {}", e.getMessage());
        }
    }

    private void create() {
        var rows = partnerships
                .list(SYSTEM, new PartnershipFilter(null, null, null, null), 0, 10)
                .items();
        if (rows.isEmpty()) {
            log.info("No partnerships: the demo co-financing is skipped");
            return;
        }
        var now =
                LocalDateTime.now(clock.withZone(CallInput.SOFIA)).withSecond(0).withNano(0);
        long open = calls.createDemo(
                call("Партньорства за четене 2026", "60000.00", now.minusDays(5), now.plusDays(40), List.of()));
        calls.publish(SYSTEM, open, calls.get(SYSTEM, open).version());
        long closed = calls.createDemo(call(
                "Дигитални умения в читалищата 2025/2026", "40000.00", now.minusDays(60), now.plusDays(1), List.of()));
        calls.publish(SYSTEM, closed, calls.get(SYSTEM, closed).version());
        var expert = expert();
        var outcomes = List.of(
                DecisionService.Outcome.APPROVE, DecisionService.Outcome.RESERVE, DecisionService.Outcome.REJECT);
        for (int i = 0; i < rows.size() && i < outcomes.size(); i++) {
            var p = rows.get(i);
            long id = submitted(
                    closed,
                    p.leadLibraryId(),
                    p.id(),
                    "Клуб „Дигитални умения“ — " + p.title(),
                    new BigDecimal(new String[] {"12000.00", "9000.00", "6000.00"}[i]));
            if (expert != null) {
                reviews.assign(SYSTEM, id, expert.id());
                reviews.declare(expert, id, false, null);
                reviews.score(
                        expert,
                        id,
                        List.of(
                                new Review.Score(0, 9 - 2 * i, "Ясна нужда"),
                                new Review.Score(1, 8 - 2 * i, null),
                                new Review.Score(2, 7 - i, null)),
                        "Демонстрационна оценка");
            }
            var outcome = outcomes.get(i);
            var a = applications.get(SYSTEM, id);
            decisions.decide(
                    SYSTEM,
                    id,
                    new DecisionService.DecisionInput(
                            outcome,
                            outcome == DecisionService.Outcome.APPROVE ? a.requested() : null,
                            outcome == DecisionService.Outcome.APPROVE
                                    ? "Висока оценка"
                                    : "Бюджетът на поканата не стига за всички добри предложения",
                            null,
                            a.version()));
            if (outcome == DecisionService.Outcome.APPROVE) {
                grantWithReport(applications.get(SYSTEM, id).grantId());
            }
        }
        var first = rows.get(0);
        submitted(open, first.leadLibraryId(), first.id(), "Лятна читалня в парка", new BigDecimal("8000.00"));
        applications.create(
                SYSTEM,
                open,
                input(first.leadLibraryId(), first.id(), "Четене с баби и дядовци", new BigDecimal("5000.00")));
        for (var oblast : List.of("VRC", "SFO")) {
            directory.list(OrganisationKind.LIBRARY, oblast, null, PageRequest.of(0, 1)).stream()
                    .findFirst()
                    .ifPresent(l -> applications.create(
                            SYSTEM,
                            open,
                            input(l.id(), null, "Библиотеката като място за срещи", new BigDecimal("4000.00"))));
        }
        // the second call's deadline has passed: it shows as closed and decided
        jdbc.sql("update funding_call set closes_at = :at where id = :id")
                .param("at", instants.bind(clock.instant().minusSeconds(86_400)))
                .param("id", closed)
                .update();
        log.info("Demo co-financing created: calls {} and {}", open, closed);
    }

    private long submitted(long call, long library, long partnership, String title, BigDecimal requested) {
        long id = applications.create(SYSTEM, call, input(library, partnership, title, requested));
        applications.submit(SYSTEM, id, applications.get(SYSTEM, id).version());
        return id;
    }

    private void grantWithReport(long grantId) {
        var g = grants.get(SYSTEM, grantId);
        grants.pay(SYSTEM, grantId, 1, LocalDate.now(clock.withZone(CallInput.SOFIA)));
        var report = grants.report(
                SYSTEM,
                grantId,
                new GrantService.ReportInput(
                        Report.Kind.INTERIM,
                        "Проведени са първите осем занимания; записаха се 45 участници.",
                        List.of(
                                new Report.Spending(
                                        0, g.budgetLines().get(0).amount().divide(BigDecimal.valueOf(2))),
                                new Report.Spending(
                                        1, g.budgetLines().get(1).amount().divide(BigDecimal.valueOf(2)))),
                        List.of(new Report.Reached(0, new BigDecimal("45")))),
                List.of());
        grants.review(SYSTEM, grantId, report.id(), true, "Добро начало", report.version());
    }

    private ApplicationInput input(long library, Long partnership, String title, BigDecimal requested) {
        var total = new BigDecimal("15000.00");
        var parties = partnership == null
                ? List.<Long>of()
                : partnerships.findUnchecked(partnership).parties().stream()
                        .map(x -> x.organisationId())
                        .toList();
        var second = parties.isEmpty() ? library : parties.get(0);
        var today = LocalDate.now(clock.withZone(CallInput.SOFIA));
        return new ApplicationInput(
                library,
                partnership,
                title,
                "Повече хора от общността в библиотеката",
                Set.of(TargetGroup.CHILDREN, TargetGroup.ADULTS),
                Set.of(Benefit.NEW_VISITORS, Benefit.FINANCIAL_RESOURCES),
                List.of(new Application.Activity("Занимания всяка седмица", today.minusDays(30), today.plusMonths(8))),
                List.of(new Application.IndicatorTarget("Участници", "души", new BigDecimal("120"))),
                List.of(
                        new Application.BudgetLine(
                                library, null, BudgetKind.STAFF, "Водещ на заниманията", new BigDecimal("9000.00")),
                        new Application.BudgetLine(
                                second, null, BudgetKind.EQUIPMENT, "Лаптопи", new BigDecimal("6000.00"))),
                requested,
                List.of(new Application.Cofinancing(library, null, total.subtract(requested))),
                List.of(),
                null);
    }

    private CallInput call(
            String title, String budget, LocalDateTime opens, LocalDateTime closes, List<String> required) {
        return new CallInput(
                title,
                "Съфинансиране на дейности на партньорства между библиотеките и местната общност.",
                new BigDecimal(budget),
                new BigDecimal("2000.00"),
                new BigDecimal("15000.00"),
                new BigDecimal("20"),
                Set.of(),
                Set.of(),
                false,
                opens,
                closes,
                10,
                List.of(
                        new Call.Criterion("Отговаря на нужда на общността", null, 40),
                        new Call.Criterion("Сила на партньорството", "Роли, принос и ползи на всеки партньор", 35),
                        new Call.Criterion("Устойчивост", null, 25)),
                List.of(),
                List.of("Как ще продължи дейността след края на проекта?"),
                required,
                null);
    }

    private CurrentUser expert() {
        return accounts.idOf(DemoAccounts.of(Role.EXPERT).email())
                .map(id -> new CurrentUser(
                        id,
                        DemoAccounts.of(Role.EXPERT).email(),
                        DemoAccounts.of(Role.EXPERT).displayName(),
                        Role.EXPERT,
                        Set.of(),
                        null,
                        true,
                        false,
                        Locale.forLanguageTag("bg")))
                .orElse(null);
    }
}
