package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.IndicatorReport.Quarter;
import bg.libpartners.partnership.IndicatorReport.QuarterRequest;
import bg.libpartners.partnership.InvalidPartnershipException.FieldProblem;
import bg.libpartners.platform.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits of a partnership measured per quarter. Entering a quarter again updates it. Roll-ups add up the
 * partnerships a library leads, and the whole programme for admins and coordinators.
 */
@Service
public class IndicatorService {

    private final IndicatorValues values;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorService(
            IndicatorValues values,
            PartnershipService partnerships,
            PartnershipAccess access,
            Directory directory,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.values = values;
        this.partnerships = partnerships;
        this.access = access;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** @throws InvalidPartnershipException naming year, quarter or values.CODE; nothing is stored then */
    @Transactional
    public IndicatorReport save(CurrentUser me, long partnershipId, QuarterRequest request) {
        access.checkEdit(me, partnerships.get(me, partnershipId));
        var checked = validate(request, LocalDate.now(clock).getYear());
        var existing = values.findByPartnershipIdAndPeriodYearAndPeriodQuarter(
                partnershipId, request.year(), request.quarter());
        checked.forEach((indicator, amount) -> existing.stream()
                .filter(v -> v.getIndicator() == indicator)
                .findFirst()
                .ifPresentOrElse(
                        v -> v.set(amount),
                        () -> values.save(new IndicatorValue(
                                partnershipId, request.year(), request.quarter(), indicator, amount))));
        values.flush();
        return report(partnershipId);
    }

    @Transactional(readOnly = true)
    public IndicatorReport of(CurrentUser me, long partnershipId) {
        partnerships.get(me, partnershipId);
        return report(partnershipId);
    }

    /** Totals of the partnerships the library leads: its librarians, the coordinators of its oblast, admins. */
    @Transactional(readOnly = true)
    public IndicatorReport library(CurrentUser me, long libraryId) {
        var library = directory
                .findOptional(libraryId)
                .orElseThrow(() -> new NotFoundException("partnership.error.libraryNotFound", libraryId));
        boolean allowed = me != null
                && (me.isAdmin()
                        || me.is(Role.LIBRARIAN) && me.refs(ScopeKind.LIBRARY).contains(String.valueOf(libraryId))
                        || me.is(Role.COORDINATOR)
                                && library.oblastCode() != null
                                && me.refs(ScopeKind.OBLAST).contains(library.oblastCode()));
        if (!allowed) {
            throw new AccessDeniedException("library " + libraryId);
        }
        return rollUp(" where p.lead_library_id = :library", Map.of("library", libraryId));
    }

    /** Totals of the whole programme, for admins and coordinators. */
    @Transactional(readOnly = true)
    public IndicatorReport programme(CurrentUser me) {
        if (me == null || !(me.isAdmin() || me.is(Role.COORDINATOR))) {
            throw new AccessDeniedException("programme indicators");
        }
        return rollUp("", Map.of());
    }

    private IndicatorReport report(long partnershipId) {
        var byQuarter = new TreeMap<Integer, Map<Indicator, BigDecimal>>();
        var totals = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        for (var v : values.findByPartnershipIdOrderByPeriodYearAscPeriodQuarterAsc(partnershipId)) {
            byQuarter
                    .computeIfAbsent(v.getPeriodYear() * 10 + v.getPeriodQuarter(), k -> new EnumMap<>(Indicator.class))
                    .put(v.getIndicator(), v.getAmount());
            totals.merge(v.getIndicator(), v.getAmount(), BigDecimal::add);
        }
        var quarters = byQuarter.entrySet().stream()
                .map(e -> new Quarter(e.getKey() / 10, e.getKey() % 10, e.getValue()))
                .toList();
        return new IndicatorReport(quarters, totals, 1);
    }

    private IndicatorReport rollUp(String where, Map<String, Object> params) {
        var byQuarter = new TreeMap<Integer, Map<Indicator, BigDecimal>>();
        var totals = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        jdbc.sql("select v.period_year, v.period_quarter, v.code, sum(v.amount) from indicator_value v"
                        + " join partnership p on p.id = v.partnership_id" + where
                        + " group by v.period_year, v.period_quarter, v.code")
                .params(params)
                .query((rs, n) -> {
                    var indicator = Indicator.parse(rs.getString(3));
                    if (indicator != null) {
                        var sum = rs.getBigDecimal(4);
                        byQuarter
                                .computeIfAbsent(rs.getInt(1) * 10 + rs.getInt(2), k -> new EnumMap<>(Indicator.class))
                                .put(indicator, sum);
                        totals.merge(indicator, sum, BigDecimal::add);
                    }
                    return indicator;
                })
                .list();
        Integer count = jdbc.sql("select count(distinct v.partnership_id) from indicator_value v"
                        + " join partnership p on p.id = v.partnership_id" + where)
                .params(params)
                .query(Integer.class)
                .single();
        var quarters = byQuarter.entrySet().stream()
                .map(e -> new Quarter(e.getKey() / 10, e.getKey() % 10, e.getValue()))
                .toList();
        return new IndicatorReport(quarters, totals, count == null ? 0 : count);
    }

    static Map<Indicator, BigDecimal> validate(QuarterRequest r, int thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.year() == null || r.year() < 2000 || r.year() > thisYear) {
            problems.add(new FieldProblem("year", "partnership.indicators.error.year", new Object[] {thisYear}));
        }
        if (r.quarter() == null || r.quarter() < 1 || r.quarter() > 4) {
            problems.add(new FieldProblem("quarter", "partnership.indicators.error.quarter", new Object[0]));
        }
        var out = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        var given = r.values() == null ? Map.<String, BigDecimal>of() : r.values();
        given.forEach((code, amount) -> {
            var indicator = Indicator.parse(code);
            if (indicator == null) {
                problems.add(new FieldProblem(
                        "values." + code, "partnership.indicators.error.unknown", new Object[] {code}));
            } else if (amount != null && amount.signum() < 0) {
                problems.add(new FieldProblem(
                        "values." + code, "partnership.indicators.error.negative", new Object[] {code}));
            } else if (amount != null
                    && !indicator.money()
                    && amount.stripTrailingZeros().scale() > 0) {
                problems.add(
                        new FieldProblem("values." + code, "partnership.indicators.error.whole", new Object[] {code}));
            } else if (amount != null && amount.compareTo(new BigDecimal("999999999999")) > 0) {
                problems.add(new FieldProblem(
                        "values." + code, "partnership.indicators.error.tooLarge", new Object[] {code}));
            } else if (amount != null) {
                out.put(indicator, amount.setScale(2, java.math.RoundingMode.HALF_UP));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(p -> p.field().startsWith("values.") ? 1 : 0));
            throw new InvalidPartnershipException(problems);
        }
        return out;
    }
}

interface IndicatorValues extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByPartnershipIdOrderByPeriodYearAscPeriodQuarterAsc(long partnershipId);

    List<IndicatorValue> findByPartnershipIdAndPeriodYearAndPeriodQuarter(long partnershipId, int year, int quarter);
}
