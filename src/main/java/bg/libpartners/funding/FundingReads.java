package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.Commits;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.platform.cache.AnswerCache;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists, ranking, portfolio and totals, read straight from the tables as projections (no entity graphs), each limited
 * to what the reader may see. Outside any transaction: each statement reads what is committed, and a read of
 * several statements (a portfolio) needs no more than that; opening and closing a transaction was a tenth of a
 * list's cost.
 * <p>The funding module's read-side repository.
 */
@Service
public class FundingReads {

    public record CallRow(
            long id,
            String title,
            BigDecimal budget,
            BigDecimal minGrant,
            BigDecimal maxGrant,
            BigDecimal cofinancingShare,
            LocalDateTime opensAt,
            LocalDateTime closesAt,
            CallStatus status,
            BigDecimal awarded,
            boolean open) {}

    public record ApplicationRow(
            long id,
            long callId,
            String callTitle,
            String title,
            long libraryId,
            String libraryName,
            String oblastCode,
            ApplicationStatus status,
            BigDecimal requested,
            BigDecimal cofinanced,
            BigDecimal decisionAmount,
            Instant submittedAt) {}

    /** One application in the ranking: the mean of its reviewers' weighted totals and their spread (max − min). */
    public record RankingRow(
            int rank,
            long applicationId,
            String title,
            long libraryId,
            String libraryName,
            String oblastCode,
            ApplicationStatus status,
            BigDecimal requested,
            BigDecimal decisionAmount,
            int assigned,
            int scored,
            int conflicts,
            BigDecimal average,
            BigDecimal spread) {}

    public record Ranking(
            long callId,
            String title,
            BigDecimal budget,
            BigDecimal awarded,
            BigDecimal remaining,
            List<RankingRow> rows) {}

    public record GrantRow(
            long id,
            String number,
            long applicationId,
            String title,
            String callTitle,
            BigDecimal amount,
            BigDecimal cofinanced,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal paid) {}

    public record IndicatorReached(
            String grantNumber, String name, String unit, BigDecimal target, BigDecimal reached) {}

    /** A library's project portfolio: applications, grants, money raised with its partners, indicators reached. */
    public record Portfolio(
            long libraryId,
            String libraryName,
            List<ApplicationRow> applications,
            List<GrantRow> grants,
            int submitted,
            BigDecimal awarded,
            BigDecimal cofinanced,
            BigDecimal raised,
            List<IndicatorReached> indicators) {}

    public record TotalRow(
            String key, String label, long applications, long grants, BigDecimal awarded, BigDecimal cofinanced) {}

    public record Totals(List<TotalRow> byCall, List<TotalRow> byOblast, List<TotalRow> byYear) {}

    private static final String CALL_ROW = "select id, title, budget, min_grant, max_grant, cofinancing_share,"
            + " opens_at, closes_at, status, awarded from funding_call";
    private static final String APP_ROW = "select a.id, a.call_id, c.title, a.title, a.library_id, a.library_name,"
            + " a.oblast_code, a.status, a.requested, a.cofinanced, a.decision_amount, a.submitted_at"
            + " from funding_application a join funding_call c on c.id = a.call_id";

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;
    /**
     * Rankings and portfolios as last read, until anything is written (here or, on several nodes, elsewhere): both
     * are read far more often than reviews, decisions and reports are written.
     */
    private final AnswerCache<Long, Ranking> rankings;

    private final AnswerCache<PortfolioOf, Portfolio> portfolios;

    FundingReads(JdbcClient jdbc, SqlInstants instants, Clock clock, FundingProperties properties) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
        this.rankings = new AnswerCache<>(properties.rankingsKept(), properties.answersKept(), Commits::generation);
        this.portfolios = new AnswerCache<>(properties.portfoliosKept(), properties.answersKept(), Commits::generation);
    }

    /** Published calls, newest closing first: only open ones unless {@code all}; admins may ask for drafts. */
    public List<CallRow> calls(CurrentUser me, boolean all, boolean drafts, int page, int size) {
        var sql = new StringBuilder(CALL_ROW);
        if (drafts && me != null && me.isAdmin()) {
            sql.append(" where status = 'DRAFT'");
        } else if (all) {
            sql.append(" where status = 'PUBLISHED'");
        } else {
            sql.append(" where status = 'PUBLISHED' and closes_at >= :now and opens_at <= :now");
        }
        sql.append(" order by closes_at desc, id desc limit :limit offset :offset");
        var q = jdbc.sql(sql.toString()).param("limit", size + 1).param("offset", (long) page * size);
        var instant = clock.instant();
        if (sql.indexOf(":now") >= 0) {
            q = q.param("now", instants.bind(instant));
        }
        return q.query((rs, i) -> {
                    var opens = instants.read(rs, 7);
                    var closes = instants.read(rs, 8);
                    var status = CallStatus.valueOf(rs.getString(9));
                    return new CallRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getBigDecimal(3),
                            rs.getBigDecimal(4),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6),
                            CallInput.local(opens),
                            CallInput.local(closes),
                            status,
                            rs.getBigDecimal(10),
                            status == CallStatus.PUBLISHED && !instant.isBefore(opens) && !instant.isAfter(closes));
                })
                .list();
    }

    /** The applications to a call the user may see: admins all, coordinators their oblasts', librarians their libraries', experts those assigned to them without a conflict. Drafts only to their library. */
    public List<ApplicationRow> applications(CurrentUser me, long callId, int page, int size) {
        var sql = new StringBuilder(APP_ROW).append(" where a.call_id = :call");
        Map<String, Object> params = new HashMap<>();
        params.put("call", callId);
        if (!scope(me, sql, params)) {
            return List.of();
        }
        sql.append(" order by a.id limit :limit offset :offset");
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> application(rs))
                .list();
    }

    private static boolean scope(CurrentUser me, StringBuilder sql, Map<String, Object> params) {
        if (me == null) {
            return false;
        }
        switch (me.role()) {
            case ADMIN -> sql.append(" and a.status <> 'DRAFT'");
            case COORDINATOR -> {
                if (me.refs(ScopeKind.OBLAST).isEmpty()) {
                    return false;
                }
                sql.append(" and a.status <> 'DRAFT' and a.oblast_code in (:scope)");
                params.put("scope", List.copyOf(me.refs(ScopeKind.OBLAST)));
            }
            case LIBRARIAN -> {
                if (me.refs(ScopeKind.LIBRARY).isEmpty()) {
                    return false;
                }
                sql.append(" and a.library_id in (:scope)");
                params.put(
                        "scope",
                        me.refs(ScopeKind.LIBRARY).stream().map(Long::valueOf).toList());
            }
            case EXPERT -> {
                sql.append(" and a.status <> 'DRAFT' and exists (select 1 from funding_review r where"
                        + " r.application_id = a.id and r.reviewer_id = :me and r.status <> 'CONFLICT')");
                params.put("me", me.id());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** For pages that only admins open (the editor): 403 for everyone else. */
    public static void checkAdmin(CurrentUser me) {
        FundingAccess.checkAdmin(me);
    }

    /** The reviews waiting for an expert or done by them, newest first. */
    public List<ReviewRow> reviewsOf(CurrentUser me) {
        if (me == null) {
            return List.of();
        }
        return jdbc.sql(
                        "select r.application_id, a.title, a.library_name, c.title, r.status, c.closes_at"
                                + " from funding_review r join funding_application a on a.id = r.application_id"
                                + " join funding_call c on c.id = a.call_id where r.reviewer_id = :me order by r.id desc limit 200")
                .param("me", me.id())
                .query((rs, i) -> new ReviewRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        ReviewStatus.valueOf(rs.getString(5))))
                .list();
    }

    public record ReviewRow(
            long applicationId, String title, String libraryName, String callTitle, ReviewStatus status) {}

    /** The ranking of a call's submitted and decided applications by mean weighted total (admins). */
    public Ranking ranking(CurrentUser me, long callId) {
        FundingAccess.checkAdmin(me);
        return rankings.get(callId, () -> ranking(callId));
    }

    private Ranking ranking(long callId) {
        var head = jdbc.sql("select title, budget, awarded from funding_call where id = :id")
                .param("id", callId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)})
                .optional()
                .orElseThrow(() -> new bg.libpartners.platform.NotFoundException("funding.error.callNotFound", callId));
        var rows = new ArrayList<RankingRow>();
        jdbc.sql("select a.id, a.title, a.library_id, a.library_name, a.oblast_code, a.status, a.requested,"
                        + " a.decision_amount, coalesce(r.assigned, 0), coalesce(r.scored, 0), coalesce(r.conflicts, 0),"
                        + " r.average, r.spread from funding_application a left join (select application_id,"
                        + " count(*) assigned, sum(case when status = 'SCORED' then 1 else 0 end) scored,"
                        + " sum(case when status = 'CONFLICT' then 1 else 0 end) conflicts, avg(total) average,"
                        + " max(total) - min(total) spread from funding_review where call_id = :call"
                        + " group by application_id) r on r.application_id = a.id"
                        + " where a.call_id = :call and a.status <> 'DRAFT'"
                        + " order by r.average desc nulls last, a.submitted_at, a.id")
                .param("call", callId)
                .query(rs -> {
                    var avg = rs.getBigDecimal(12);
                    rows.add(new RankingRow(
                            rows.size() + 1,
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            ApplicationStatus.valueOf(rs.getString(6)),
                            rs.getBigDecimal(7),
                            rs.getBigDecimal(8),
                            rs.getInt(9),
                            rs.getInt(10),
                            rs.getInt(11),
                            avg == null ? null : avg.setScale(2, java.math.RoundingMode.HALF_UP),
                            rs.getBigDecimal(13)));
                });
        var budget = (BigDecimal) head[1];
        var awarded = (BigDecimal) head[2];
        return new Ranking(callId, (String) head[0], budget, awarded, budget.subtract(awarded), rows);
    }

    /** A library's portfolio, for those who act for it or oversee its oblast. */
    public Portfolio portfolio(CurrentUser me, long libraryId, String libraryName, String oblast) {
        FundingAccess.checkOversees(me, libraryId, oblast);
        boolean actsFor = FundingAccess.actsFor(me, libraryId);
        return portfolios.get(
                new PortfolioOf(libraryId, libraryName, actsFor), () -> portfolio(libraryId, libraryName, actsFor));
    }

    private record PortfolioOf(long libraryId, String libraryName, boolean actsFor) {}

    private Portfolio portfolio(long libraryId, String libraryName, boolean actsFor) {
        var apps = jdbc.sql(APP_ROW + " where a.library_id = :lib order by a.id desc")
                .param("lib", libraryId)
                .query((rs, i) -> application(rs))
                .list();
        if (!actsFor) {
            apps = apps.stream()
                    .filter(a -> a.status() != ApplicationStatus.DRAFT)
                    .toList();
        }
        var grants = jdbc.sql("select g.id, g.number, g.application_id, a.title, c.title, g.amount, g.cofinanced,"
                        + " g.starts_on, g.ends_on, (select coalesce(sum(t.amount), 0) from funding_tranche t"
                        + " where t.grant_id = g.id and t.paid_on is not null) from funding_grant g"
                        + " join funding_application a on a.id = g.application_id join funding_call c on c.id = g.call_id"
                        + " where g.library_id = :lib order by g.id desc")
                .param("lib", libraryId)
                .query((rs, i) -> new GrantRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        date(rs, 8),
                        date(rs, 9),
                        rs.getBigDecimal(10).setScale(2)))
                .list();
        var awarded = grants.stream()
                .map(GrantRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        var cofinanced = grants.stream()
                .map(GrantRow::cofinanced)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        int submitted = (int)
                apps.stream().filter(a -> a.status() != ApplicationStatus.DRAFT).count();
        return new Portfolio(
                libraryId,
                libraryName,
                apps,
                grants,
                submitted,
                awarded,
                cofinanced,
                awarded.add(cofinanced),
                indicators(libraryId));
    }

    /** For each grant, the indicators of its application with the value of the latest accepted report. */
    private List<IndicatorReached> indicators(long libraryId) {
        var result = new ArrayList<IndicatorReached>();
        jdbc.sql(
                        "select g.number, a.indicators, (select r.reached from funding_report r where r.grant_id = g.id"
                                + " and r.status = 'ACCEPTED' order by r.id desc limit 1) from funding_grant g"
                                + " join funding_application a on a.id = g.application_id where g.library_id = :lib order by g.id")
                .param("lib", libraryId)
                .query(rs -> {
                    var targets = Json.list(rs.getString(2), Application.IndicatorTarget.class);
                    var reached = Json.list(rs.getString(3), Report.Reached.class);
                    for (int i = 0; i < targets.size(); i++) {
                        int n = i;
                        var value = reached.stream()
                                .filter(r -> r.indicator() == n)
                                .map(Report.Reached::value)
                                .findFirst()
                                .orElse(null);
                        var t = targets.get(i);
                        result.add(new IndicatorReached(rs.getString(1), t.name(), t.unit(), t.target(), value));
                    }
                });
        return result;
    }

    /** The programme's totals per call, oblast and year (admins and coordinators). */
    public Totals totals(CurrentUser me, Map<String, String> oblastNames) {
        if (me == null || !(me.isAdmin() || me.role() == Role.COORDINATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("funding totals");
        }
        var byCall = jdbc.sql("select c.id, c.title, (select count(*) from funding_application a where"
                        + " a.call_id = c.id and a.status <> 'DRAFT'), count(g.id), coalesce(sum(g.amount), 0),"
                        + " coalesce(sum(g.cofinanced), 0) from funding_call c left join funding_grant g on g.call_id = c.id"
                        + " where c.status = 'PUBLISHED' group by c.id, c.title order by c.id desc")
                .query((rs, i) -> new TotalRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5).setScale(2),
                        rs.getBigDecimal(6).setScale(2)))
                .list();
        var byOblast = jdbc.sql("select coalesce(a.oblast_code, '-'), count(a.id), count(g.id),"
                        + " coalesce(sum(g.amount), 0), coalesce(sum(g.cofinanced), 0) from funding_application a"
                        + " left join funding_grant g on g.application_id = a.id where a.status <> 'DRAFT'"
                        + " group by coalesce(a.oblast_code, '-') order by 4 desc, 1")
                .query((rs, i) -> new TotalRow(
                        rs.getString(1),
                        oblastNames.getOrDefault(rs.getString(1), rs.getString(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getBigDecimal(4).setScale(2),
                        rs.getBigDecimal(5).setScale(2)))
                .list();
        var byYear = jdbc.sql("select award_year, count(*), coalesce(sum(amount), 0), coalesce(sum(cofinanced), 0)"
                        + " from funding_grant group by award_year order by award_year desc")
                .query((rs, i) -> new TotalRow(
                        rs.getString(1),
                        rs.getString(1),
                        0,
                        rs.getLong(2),
                        rs.getBigDecimal(3).setScale(2),
                        rs.getBigDecimal(4).setScale(2)))
                .list();
        return new Totals(byCall, byOblast, byYear);
    }

    private ApplicationRow application(ResultSet rs) throws SQLException {
        return new ApplicationRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                ApplicationStatus.valueOf(rs.getString(8)),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                instants.read(rs, 12));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
