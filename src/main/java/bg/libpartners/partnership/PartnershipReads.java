package bg.libpartners.partnership;

import bg.libpartners.platform.SqlInstants;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of one partnership, for its page, the API and other modules: the record with its parties in one
 * statement, its target groups and fields in a second, the timeline and the comments in one each — plain projections
 * over JDBC, no entity graph, no persistence context, no transaction of their own (inside a caller's transaction they
 * take part in it). Measured at 200,000 partnerships: the page and the API detail spent most of their database time
 * in Hibernate's loading of the entity, its two element collections and the timeline, in two transactions.
 *
 * <p>Instants are read as Hibernate writes them ({@link SqlInstants}).
 * <p>The partnership module's read-side repository.
 */
@Component
class PartnershipReads {

    private static final String HEAD = "select p.id, p.title, p.lead_library_id, p.lead_library_name, p.holder_id,"
            + " p.oblast_code, p.municipality_code, p.status, p.builder_step, p.need, p.concept, p.goals, p.channels,"
            + " p.meeting_rhythm, p.reporting, p.evaluation, p.shared_costs, p.shared_premises, p.start_date,"
            + " p.end_date, p.renewals, p.updated_at, p.version,"
            + " x.id, x.organisation_id, x.organisation_name, x.partner_type, x.party_role, x.responsibilities,"
            + " x.contributions, x.money_eur, x.contribution_note, x.benefits, x.representative, x.confirmed_at,"
            + " p.lead_role, p.lead_responsibilities, p.lead_contributions, p.lead_money_eur,"
            + " p.lead_contribution_note, p.lead_benefits, p.lead_representative, p.demo"
            + " from partnership p left join partnership_party x on x.partnership_id = p.id"
            + " where p.id = :id order by x.sort_order, x.id";

    private static final String CODES = "select 'G', code from partnership_target_group where partnership_id = :id"
            + " union all select 'F', code from partnership_field where partnership_id = :id";

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    PartnershipReads(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    Optional<PartnershipDetails> details(long id) {
        var rows = jdbc.sql(HEAD)
                .param("id", id)
                .query((rs, n) -> new Object[] {head(rs), party(rs)})
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var head = (Head) rows.get(0)[0];
        List<PartnershipDetails.PartyView> parties = new ArrayList<>(rows.size());
        for (var row : rows) {
            if (row[1] != null) {
                parties.add((PartnershipDetails.PartyView) row[1]);
            }
        }
        var groups = EnumSet.noneOf(TargetGroup.class);
        var fields = EnumSet.noneOf(ActivityField.class);
        jdbc.sql(CODES).param("id", id).query(rs -> {
            if ("G".equals(rs.getString(1))) {
                groups.add(TargetGroup.valueOf(rs.getString(2)));
            } else {
                fields.add(ActivityField.valueOf(rs.getString(2)));
            }
        });
        return Optional.of(new PartnershipDetails(
                head.id,
                head.title,
                head.leadLibraryId,
                head.leadLibraryName,
                head.holderId,
                head.oblastCode,
                head.municipalityCode,
                head.status,
                head.builderStep,
                java.util.Collections.unmodifiableSet(groups),
                java.util.Collections.unmodifiableSet(fields),
                head.need,
                head.concept,
                head.goals,
                head.channels,
                head.meetingRhythm,
                head.reporting,
                head.evaluation,
                head.sharedCosts,
                head.sharedPremises,
                head.startDate,
                head.endDate,
                head.renewals,
                List.copyOf(parties),
                head.updatedAt,
                head.version,
                head.lead,
                head.demo));
    }

    List<Transition> timeline(long id) {
        return jdbc.sql("select id, from_status, to_status, reason, by_user, by_name, changed_at"
                        + " from partnership_transition where partnership_id = :id order by changed_at, id")
                .param("id", id)
                .query((rs, n) -> Transition.read(
                        rs.getLong(1),
                        id,
                        status(rs.getString(2)),
                        status(rs.getString(3)),
                        rs.getString(4),
                        (Long) rs.getObject(5, Long.class),
                        rs.getString(6),
                        instant(rs, 7)))
                .list();
    }

    List<Comment> comments(long id) {
        return jdbc.sql("select id, party_id, author_id, author_name, body, created_at"
                        + " from partnership_comment where partnership_id = :id order by created_at, id")
                .param("id", id)
                .query((rs, n) -> Comment.read(
                        rs.getLong(1),
                        id,
                        (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, 6)))
                .list();
    }

    private record Head(
            long id,
            String title,
            long leadLibraryId,
            String leadLibraryName,
            Long holderId,
            String oblastCode,
            String municipalityCode,
            PartnershipStatus status,
            int builderStep,
            String need,
            String concept,
            String goals,
            String channels,
            String meetingRhythm,
            String reporting,
            String evaluation,
            String sharedCosts,
            String sharedPremises,
            LocalDate startDate,
            LocalDate endDate,
            int renewals,
            Instant updatedAt,
            long version,
            LeadParty lead,
            boolean demo) {}

    private Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                (Long) rs.getObject(5, Long.class),
                rs.getString(6),
                rs.getString(7),
                status(rs.getString(8)),
                rs.getInt(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                date(rs, 19),
                date(rs, 20),
                rs.getInt(21),
                instant(rs, 22),
                rs.getLong(23),
                new LeadParty(
                        rs.getString(36),
                        rs.getString(37),
                        Contribution.split(rs.getString(38)),
                        rs.getBigDecimal(39),
                        rs.getString(40),
                        rs.getString(41),
                        rs.getString(42)),
                rs.getBoolean(43));
    }

    private PartnershipDetails.PartyView party(ResultSet rs) throws SQLException {
        long partyId = rs.getLong(24);
        if (rs.wasNull()) {
            return null;
        }
        return new PartnershipDetails.PartyView(
                partyId,
                rs.getLong(25),
                rs.getString(26),
                rs.getString(27),
                rs.getString(28),
                rs.getString(29),
                Contribution.split(rs.getString(30)),
                rs.getBigDecimal(31),
                rs.getString(32),
                rs.getString(33),
                rs.getString(34),
                instant(rs, 35));
    }

    private static PartnershipStatus status(String s) {
        return s == null ? null : PartnershipStatus.valueOf(s);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private Instant instant(ResultSet rs, int column) throws SQLException {
        return instants.read(rs, column);
    }
}
