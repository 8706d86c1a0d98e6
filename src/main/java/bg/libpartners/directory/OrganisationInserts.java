package bg.libpartners.directory;

import bg.libpartners.account.AuditService;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.platform.nodes.SqlWrites;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New organisations written as plain JDBC batches, for a bulk write as large as the register (thousands of rows):
 * Hibernate's insert of an entity costs more than the database's. What Hibernate's listeners do for each row it
 * writes is done here for all of them at once: ids from the entity's own generator (so that later writes through
 * Hibernate go on with the same sequence), one audit entry per row, the directory's kept answers dropped, and the
 * other nodes told ({@link SqlWrites}). The search index is not written here: {@link BulkIndexing} writes it.
 * Rows are written in the order given, so that a library follows its chitalishte (its parent).
 */
@Component
class OrganisationInserts {

    /** Every column of the table; {@code RegisterImportIT} fails when the table and this list differ. */
    static final List<String> COLUMNS = List.of(
            "id",
            "kind",
            "name",
            "register_no",
            "status",
            "eik",
            "eik_valid",
            "library_kind",
            "partner_type",
            "partner_subtype",
            "parent_id",
            "country",
            "address",
            "ekatte",
            "settlement_name",
            "municipality_code",
            "oblast_code",
            "lat",
            "lon",
            "position_source",
            "emails",
            "phones",
            "website",
            "description",
            "strategic",
            "strategic_reason",
            "consent_at",
            "register_hash",
            "created_at",
            "updated_at",
            "version");

    private static final String INSERT = "insert into organisation (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";
    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager entityManager;

    private final JdbcTemplate jdbc;
    private final SqlInstants instants;
    private final AuditService audit;
    private final ObjectProvider<SqlWrites> nodes;
    /** The entity's id generator (one per session factory), looked up on first use. */
    private volatile BeforeExecutionGenerator generator;

    OrganisationInserts(JdbcTemplate jdbc, SqlInstants instants, AuditService audit, ObjectProvider<SqlWrites> nodes) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.audit = audit;
        this.nodes = nodes;
    }

    /** Gives a new organisation its id, from the generator Hibernate uses for the entity. */
    void assignId(Organisation organisation) {
        var session = entityManager.unwrap(SharedSessionContractImplementor.class);
        var generator = this.generator;
        if (generator == null) {
            generator = (BeforeExecutionGenerator) session.getFactory()
                    .getMappingMetamodel()
                    .getEntityDescriptor(Organisation.class)
                    .getGenerator();
            this.generator = generator;
        }
        organisation.setId((Long) generator.generate(session, organisation, null, EventType.INSERT));
    }

    /**
     * Inserts these organisations (each with its id already assigned) in the current transaction, with an audit entry
     * each whose text {@code auditText} gives.
     */
    void insert(List<Organisation> rows, Function<Organisation, String> auditText) {
        if (rows.isEmpty()) {
            return;
        }
        // what the session holds goes first: a row here may refer to one written through it
        entityManager.flush();
        for (var chunk : Directory.chunks(rows, BATCH)) {
            jdbc.batchUpdate(INSERT, chunk, chunk.size(), this::bind);
        }
        var entries = new LinkedHashMap<Long, String>();
        rows.forEach(o -> entries.put(o.getId(), auditText.apply(o)));
        audit.created(Organisation.class.getSimpleName(), entries);
        nodes.ifAvailable(n -> n.written(Organisation.class, entries.keySet()));
        SearchCache.changed();
    }

    private void bind(PreparedStatement ps, Organisation o) throws SQLException {
        int i = 0;
        ps.setLong(++i, o.getId());
        ps.setString(++i, o.getKind().name());
        ps.setString(++i, o.getName());
        setObject(ps, ++i, o.getRegisterNo(), Types.INTEGER);
        ps.setString(++i, name(o.getStatus()));
        ps.setString(++i, o.getEik());
        ps.setBoolean(++i, o.isEikValid());
        ps.setString(++i, name(o.getLibraryKind()));
        ps.setString(++i, name(o.getPartnerType()));
        ps.setString(++i, name(o.getPartnerSubtype()));
        setObject(ps, ++i, o.getParentId(), Types.BIGINT);
        ps.setString(++i, o.getCountry());
        ps.setString(++i, o.getAddress());
        ps.setString(++i, o.getEkatte());
        ps.setString(++i, o.getSettlementName());
        ps.setString(++i, o.getMunicipalityCode());
        ps.setString(++i, o.getOblastCode());
        setObject(ps, ++i, o.getLat(), Types.DOUBLE);
        setObject(ps, ++i, o.getLon(), Types.DOUBLE);
        ps.setString(++i, name(o.getPositionSource()));
        ps.setString(++i, o.getEmails());
        ps.setString(++i, o.getPhones());
        ps.setString(++i, o.getWebsite());
        ps.setString(++i, o.getDescription());
        ps.setString(++i, name(o.getStrategic()));
        ps.setString(++i, o.getStrategicReason());
        setObject(ps, ++i, instants.bind(o.getConsentAt()), Types.TIMESTAMP);
        ps.setString(++i, o.getRegisterHash());
        ps.setObject(++i, instants.bind(o.getCreatedAt()));
        ps.setObject(++i, instants.bind(o.getUpdatedAt()));
        ps.setLong(++i, o.getVersion());
    }

    private static void setObject(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
