package bg.libpartners.partnership;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** {@link PartnershipGraph} by streamed queries, one per table (a large fetch size: millions of rows at world scale). */
@Component
class JdbcPartnershipGraph implements PartnershipGraph {

    private final JdbcTemplate jdbc;

    JdbcPartnershipGraph(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
    }

    @Override
    public void partnerships(PartnershipRow row) {
        jdbc.query("""
                select p.id, p.lead_library_id, p.status, p.start_date, p.end_date, p.oblast_code, p.municipality_code
                from partnership p where p.status <> 'DRAFT' order by p.id""",
                (RowCallbackHandler) rs -> row.accept(rs.getLong(1), rs.getLong(2),
                        PartnershipStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)));
    }

    @Override
    public void fields(CodeRow<ActivityField> row) {
        jdbc.query("select f.partnership_id, f.code from partnership_field f",
                (RowCallbackHandler) rs -> row.accept(rs.getLong(1), ActivityField.valueOf(rs.getString(2))));
    }

    @Override
    public void targetGroups(CodeRow<TargetGroup> row) {
        jdbc.query("select g.partnership_id, g.code from partnership_target_group g",
                (RowCallbackHandler) rs -> row.accept(rs.getLong(1), TargetGroup.valueOf(rs.getString(2))));
    }

    @Override
    public void parties(PartyRow row) {
        jdbc.query("select pp.partnership_id, pp.organisation_id, pp.partner_type from partnership_party pp",
                (RowCallbackHandler) rs -> {
            String type = rs.getString(3);
            row.accept(rs.getLong(1), rs.getLong(2), type == null ? null : PartnerType.valueOf(type));
        });
    }

    @Override
    public ChangeMark lastChange() {
        return jdbc.query("select max(updated_at), max(id) from partnership", rs -> {
            rs.next();
            Object latest = rs.getObject(1);
            long id = rs.getLong(2);
            return new ChangeMark(latest == null ? null : latest.toString(), rs.wasNull() ? null : id);
        });
    }
}
