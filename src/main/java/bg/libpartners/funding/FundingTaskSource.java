package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in co-financing: for librarians the deadlines of open calls (drafts not yet submitted first) and the
 * reports due on their grants; for experts the reviews to declare or score; for admins the decisions to take and
 * the reports to review.
 */
@Component
class FundingTaskSource implements TaskSource {

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;

    FundingTaskSource(JdbcClient jdbc, SqlInstants instants, Clock clock) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksFor(CurrentUser me) {
        if (me == null) {
            return List.of();
        }
        return switch (me.role()) {
            case LIBRARIAN -> librarian(me);
            case EXPERT -> expert(me);
            case ADMIN -> admin();
            default -> List.of();
        };
    }

    private List<Task> librarian(CurrentUser me) {
        var libraries = me.refs(ScopeKind.LIBRARY).stream().map(Long::valueOf).toList();
        if (libraries.isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(CallInput.SOFIA));
        var tasks = new ArrayList<Task>();
        jdbc.sql("select a.id, a.title, c.closes_at from funding_application a join funding_call c on c.id = a.call_id"
                        + " where a.library_id in (:libs) and a.status = 'DRAFT' and c.closes_at >= :now"
                        + " order by c.closes_at limit 20")
                .param("libs", libraries)
                .param("now", instants.bind(now))
                .query(rs -> {
                    var closes = instants.read(rs, 3);
                    var due = LocalDate.ofInstant(closes, CallInput.SOFIA);
                    tasks.add(new Task(
                            "funding.draft",
                            List.of(rs.getString(2), Eligibility.WHEN.format(closes)),
                            "/funding/applications/" + rs.getLong(1),
                            due,
                            null,
                            !due.isAfter(today.plusDays(7))));
                });
        jdbc.sql("select c.id, c.title, c.closes_at from funding_call c where c.status = 'PUBLISHED'"
                        + " and c.opens_at <= :now and c.closes_at >= :now and not exists (select 1 from funding_application a"
                        + " where a.call_id = c.id and a.library_id in (:libs)) order by c.closes_at limit 10")
                .param("libs", libraries)
                .param("now", instants.bind(now))
                .query(rs -> {
                    var closes = instants.read(rs, 3);
                    var due = LocalDate.ofInstant(closes, CallInput.SOFIA);
                    tasks.add(new Task(
                            "funding.call-deadline",
                            List.of(rs.getString(2), Eligibility.WHEN.format(closes)),
                            "/calls/" + rs.getLong(1),
                            due,
                            null,
                            !due.isAfter(today.plusDays(7))));
                });
        // a final report is due within 30 days after the project ends, until one is accepted
        jdbc.sql(
                        "select g.id, g.number, g.ends_on from funding_grant g where g.library_id in (:libs)"
                                + " and g.ends_on <= :soon and not exists (select 1 from funding_report r where r.grant_id = g.id"
                                + " and r.kind = 'FINAL' and r.status in ('SUBMITTED', 'ACCEPTED')) order by g.ends_on limit 20")
                .param("libs", libraries)
                .param("soon", today.plusDays(30))
                .query(rs -> {
                    var due = rs.getDate(3).toLocalDate().plusDays(30);
                    tasks.add(new Task(
                            "funding.report-due",
                            List.of(rs.getString(2), GrantDocumentRenderer.date(due)),
                            "/funding/grants/" + rs.getLong(1),
                            due,
                            null,
                            !due.isAfter(today.plusDays(7))));
                });
        return tasks;
    }

    private List<Task> expert(CurrentUser me) {
        return jdbc.sql("select r.application_id, a.title, r.assigned_at from funding_review r"
                        + " join funding_application a on a.id = r.application_id where r.reviewer_id = :me"
                        + " and r.status in ('ASSIGNED', 'NO_CONFLICT') and a.status in ('SUBMITTED', 'RESERVE')"
                        + " order by r.assigned_at limit 30")
                .param("me", me.id())
                .query((rs, i) -> new Task(
                        "funding.review",
                        List.of(rs.getString(2)),
                        "/funding/applications/" + rs.getLong(1) + "/review",
                        null,
                        instants.read(rs, 3),
                        false))
                .list();
    }

    private List<Task> admin() {
        var tasks = new ArrayList<Task>();
        jdbc.sql("select a.id, a.title, a.library_name, a.submitted_at from funding_application a"
                        + " join funding_call c on c.id = a.call_id where a.status = 'SUBMITTED' and c.closes_at < :now"
                        + " order by a.submitted_at limit 20")
                .param("now", instants.bind(clock.instant()))
                .query(rs -> {
                    tasks.add(new Task(
                            "funding.decide",
                            List.of(rs.getString(2), rs.getString(3)),
                            "/funding/applications/" + rs.getLong(1),
                            null,
                            instants.read(rs, 4),
                            false));
                });
        jdbc.sql("select g.id, g.number, r.submitted_at from funding_report r join funding_grant g on g.id = r.grant_id"
                        + " where r.status = 'SUBMITTED' order by r.submitted_at limit 20")
                .query(rs -> {
                    tasks.add(new Task(
                            "funding.report-to-review",
                            List.of(rs.getString(2)),
                            "/funding/grants/" + rs.getLong(1),
                            null,
                            instants.read(rs, 3),
                            false));
                });
        return tasks;
    }
}
