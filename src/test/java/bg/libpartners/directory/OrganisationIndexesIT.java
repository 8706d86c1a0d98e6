package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes that V44 dropped to make bulk inserts cheaper were not needed by any query: the organisations of one
 * kind are still found through an index (the first column of {@code uk_organisation_register}), and the audit trail
 * of one record through {@code ix_audit_entry_entity}. Asked of the database's own planner, on H2 and on PostgreSQL
 * (there with sequential scans switched off, since a small table is read whole whatever its indexes).
 */
@IntegrationTest
class OrganisationIndexesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void organisationsOfOneKindAreFoundByTheRegisterIndex() {
        assertThat(plan("select id from organisation where kind = 'PARTNER'"))
                .containsIgnoringCase("uk_organisation_register");
        assertThat(plan("select count(*) from organisation where kind = 'CHITALISHTE' and register_no is not null"))
                .containsIgnoringCase("uk_organisation_register");
    }

    @Test
    void theDroppedIndexesAreGoneAndTheAuditTrailOfOneRecordIsStillIndexed() {
        assertThat(indexes("organisation")).doesNotContain("organisation_kind_idx");
        assertThat(indexes("audit_entry")).doesNotContain("ix_audit_entry_at");
        assertThat(
                        plan(
                                "select id from audit_entry where entity = 'Organisation' and entity_id = '1' order by id desc"))
                .containsIgnoringCase("ix_audit_entry_entity");
    }

    /** The planner's plan of this query, as text. */
    private String plan(String sql) {
        return jdbc.execute((ConnectionCallback<String>) c -> {
            boolean pg = TestDatabases.postgres();
            if (pg) {
                execute(c, "set enable_seqscan = off");
            }
            try (var statement = c.createStatement();
                    var rs = statement.executeQuery("explain " + sql)) {
                var text = new StringBuilder();
                while (rs.next()) {
                    text.append(rs.getString(1)).append('\n');
                }
                return text.toString();
            } finally {
                if (pg) {
                    execute(c, "reset enable_seqscan");
                }
            }
        });
    }

    /** The names of this table's indexes, in lower case. */
    private java.util.List<String> indexes(String table) {
        return jdbc.execute((ConnectionCallback<java.util.List<String>>) c -> {
            var names = new ArrayList<String>();
            var meta = c.getMetaData();
            var name = TestDatabases.postgres() ? table : table.toUpperCase(java.util.Locale.ROOT);
            try (var rs = meta.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        names.add(rs.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            assertThat(names).as("the indexes of " + table).isNotEmpty();
            return names;
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
