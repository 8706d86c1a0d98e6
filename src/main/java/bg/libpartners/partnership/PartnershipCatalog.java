package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.TargetGroup;
import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for lists and for other modules, straight from the tables as projections. The list is limited to what the
 * user may see: their libraries, oblasts, chitalishte or organisation.
 */
@Service
public class PartnershipCatalog {

    private static final String ROW = "select p.id, p.title, p.lead_library_id, p.lead_library_name, p.oblast_code,"
            + " p.status, p.start_date, p.end_date, p.partner_types from partnership p";

    private final JdbcClient jdbc;
    private final PartnershipService service;

    PartnershipCatalog(JdbcClient jdbc, PartnershipService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /**
     * The partnership, when the user may see it: the one way in for a read on someone's behalf.
     *
     * @throws bg.libpartners.platform.NotFoundException when there is no such partnership
     * @throws org.springframework.security.access.AccessDeniedException when the user may not see it
     */
    public PartnershipDetails find(CurrentUser me, long id) {
        return service.get(me, id);
    }

    /**
     * The partnership without an access check, for a module that applies a rule of its own before anything reaches
     * a user (the agreement's board and editors through {@link PartnershipAccess}, an event's audience, a grant's
     * parties, a picker that names only the partnerships of the library one acts for) or that runs without a user
     * (notices, reminders, demo data).
     *
     * @throws bg.libpartners.platform.NotFoundException when there is no such partnership
     */
    public PartnershipDetails findUnchecked(long id) {
        return service.read(id);
    }

    @Transactional(readOnly = true)
    public ListPage<PartnershipRow> list(CurrentUser me, PartnershipFilter filter, int page, int size) {
        var sql = new StringBuilder(ROW).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope(me, sql, params)) {
            return new ListPage<>(List.of(), page, size, false);
        }
        if (filter.libraryId() != null) {
            sql.append(" and p.lead_library_id = :library");
            params.put("library", filter.libraryId());
        }
        if (filter.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.oblast() != null && !filter.oblast().isBlank()) {
            sql.append(" and p.oblast_code = :oblast");
            params.put("oblast", filter.oblast().trim());
        }
        if (filter.partnerType() != null && !filter.partnerType().isBlank()) {
            sql.append(" and exists (select 1 from partnership_party t where t.partnership_id = p.id"
                    + " and t.partner_type = :type)");
            params.put("type", filter.partnerType().trim());
        }
        sql.append(" order by p.id desc limit :limit offset :offset");
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new PartnershipRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        PartnershipStatus.valueOf(rs.getString(6)),
                        date(rs.getDate(7)),
                        date(rs.getDate(8)),
                        rs.getString(9)))
                .list();
        boolean more = rows.size() > size;
        return new ListPage<>(more ? rows.subList(0, size) : rows, page, size, more);
    }

    /**
     * For pickers: partnerships the user may see whose title holds what was typed, newest first. Latin letters find
     * Cyrillic titles ("Parvomay" finds "Първомай"): a Latin query is compared with the titles' transliteration.
     */
    @Transactional(readOnly = true)
    public List<bg.libpartners.platform.pick.Choice> suggest(CurrentUser me, String q, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        var sql = new StringBuilder("select p.id, p.title, p.lead_library_name from partnership p where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope(me, sql, params)) {
            return List.of();
        }
        var words = q.strip().toLowerCase(java.util.Locale.ROOT);
        var cyrillic = words.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        if (cyrillic) {
            sql.append(" and lower(p.title) like :q escape '\\'");
            params.put(
                    "q", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by p.id desc limit :limit");
        params.put("limit", cyrillic ? limit : SCAN_FOR_LATIN);
        var latin = bg.libpartners.platform.Transliteration.toLatin(words);
        return jdbc
                .sql(sql.toString())
                .params(params)
                .query((rs, i) -> new bg.libpartners.platform.pick.Choice(
                        String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(c -> cyrillic
                        || bg.libpartners.platform.Transliteration.toLatin(c.label())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(latin))
                .limit(limit)
                .toList();
    }

    /** One party by its id, named as "organisation — partnership title", for naming a representative's scope. */
    @Transactional(readOnly = true)
    public java.util.Optional<bg.libpartners.platform.pick.Choice> party(long partyId) {
        return jdbc.sql("select t.organisation_name, p.title from partnership_party t"
                        + " join partnership p on p.id = t.partnership_id where t.id = :id")
                .param("id", partyId)
                .query((rs, i) -> new bg.libpartners.platform.pick.Choice(
                        String.valueOf(partyId), rs.getString(1) + " — " + rs.getString(2), null))
                .optional();
    }

    /** How many of the newest visible titles a Latin query looks through. */
    private static final int SCAN_FOR_LATIN = 5_000;

    /** Adds the user's scope to the query; false when the user may see none. */
    private static boolean scope(CurrentUser me, StringBuilder sql, Map<String, Object> params) {
        if (me == null) {
            return false;
        }
        switch (me.role()) {
            case ADMIN:
                return true;
            case COORDINATOR:
                return in(sql, params, "p.oblast_code in (:scope)", me.refs(ScopeKind.OBLAST), false);
            case LIBRARIAN:
                return in(sql, params, "p.lead_library_id in (:scope)", me.refs(ScopeKind.LIBRARY), true);
            case BOARD_MEMBER:
                return in(sql, params, "p.holder_id in (:scope)", me.refs(ScopeKind.CHITALISHTE), true);
            case PARTNER:
                return represented(sql, params, me);
            default:
                return false;
        }
    }

    /** A partner's partnerships: those their organisation is party to, and those of the parties they were invited for. */
    private static boolean represented(StringBuilder sql, Map<String, Object> params, CurrentUser me) {
        var organisations = me.refs(ScopeKind.ORGANISATION);
        var parties = me.refs(ScopeKind.PARTY);
        if (organisations.isEmpty() && parties.isEmpty()) {
            return false;
        }
        sql.append(" and exists (select 1 from partnership_party s where s.partnership_id = p.id"
                + " and (s.organisation_id in (:organisations) or s.id in (:parties)))");
        params.put("organisations", ids(organisations));
        params.put("parties", ids(parties));
        return true;
    }

    /** Numeric refs for an {@code in} list; one id that matches nothing when there are none. */
    private static List<Long> ids(Set<String> refs) {
        return refs.isEmpty() ? List.of(-1L) : refs.stream().map(Long::valueOf).toList();
    }

    private static boolean in(
            StringBuilder sql, Map<String, Object> params, String clause, Set<String> refs, boolean numeric) {
        if (refs.isEmpty()) {
            return false;
        }
        sql.append(" and ").append(clause);
        params.put("scope", numeric ? refs.stream().map(Long::valueOf).toList() : List.copyOf(refs));
        return true;
    }

    /** Partner types used by partnerships with any of these target groups or fields, most used first. */
    @Transactional(readOnly = true)
    public List<String> typesUsedFor(Set<TargetGroup> groups, Set<ActivityField> fields, long excludeId) {
        var counts = new LinkedHashMap<String, Integer>();
        if (!groups.isEmpty()) {
            count(
                    counts,
                    "partnership_target_group",
                    groups.stream().map(Enum::name).toList(),
                    excludeId);
        }
        if (!fields.isEmpty()) {
            count(counts, "partnership_field", fields.stream().map(Enum::name).toList(), excludeId);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    private void count(Map<String, Integer> counts, String table, List<String> codes, long excludeId) {
        // bounded: the most recent 2,000 matching partnerships are a fair sample of current practice
        jdbc.sql("select pp.partner_type, count(*) from partnership_party pp where pp.partnership_id in ("
                        + "select c.partnership_id from " + table
                        + " c where c.code in (:codes) and c.partnership_id <> :ex"
                        + " order by c.partnership_id desc limit 2000) and pp.partner_type is not null"
                        + " group by pp.partner_type")
                .param("codes", codes)
                .param("ex", excludeId)
                .query(rs -> {
                    counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                });
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** Partnerships not completed or terminated whose end date falls between the two dates, both included. */
    @Transactional(readOnly = true)
    public List<EndingPartnership> endingBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql(
                        "select id, title, lead_library_id, holder_id, end_date from partnership"
                                + " where end_date between :from and :to and status not in ('COMPLETED', 'TERMINATED') order by id")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new EndingPartnership(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }

    /** A partnership in a line: for other modules' start-page tasks. */
    public record Brief(long id, String title, PartnershipStatus status, long leadLibraryId, Long holderId) {}

    /**
     * The partnerships (at most 500, newest first) led by these libraries or held by these chitalishta, for the
     * agreement module's tasks; empty lists ask for nothing.
     */
    @Transactional(readOnly = true)
    public List<Brief> briefs(java.util.Collection<Long> libraries, java.util.Collection<Long> holders) {
        if (libraries.isEmpty() && holders.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(
                        "select id, title, status, lead_library_id, holder_id from partnership"
                                + " where lead_library_id in (:libs) or holder_id in (:holders) order by id desc fetch first 500 rows only")
                .param("libs", libraries.isEmpty() ? List.of(-1L) : libraries)
                .param("holders", holders.isEmpty() ? List.of(-1L) : holders)
                .query((rs, i) -> new Brief(
                        rs.getLong(1),
                        rs.getString(2),
                        PartnershipStatus.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5)))
                .list()
                .stream()
                .limit(500)
                .toList();
    }
}
