package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.SqlInstants;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Previewed imports waiting for their commit, kept in the database (not in a node's memory) so that any node can
 * commit them; a day later they are gone.
 */
@Repository
class ImportBatches {

    record Batch(String id, String kind, String fileName, Long createdBy, Instant committedAt, String payload) {}

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    ImportBatches(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    String save(String kind, String fileName, Long createdBy, int rows, String payload) {
        jdbc.sql("delete from import_batch where created_at < ?")
                .param(instants.bind(Instant.now().minus(Duration.ofDays(1))))
                .update();
        var id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into import_batch (id, kind, file_name, created_by, created_at, row_count, payload)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kind, fileName, createdBy, instants.bind(Instant.now()), rows, payload)
                .update();
        return id;
    }

    Optional<Batch> find(String id) {
        return find(id, true);
    }

    /** The batch, with what it holds only when {@code withPayload} (else an empty payload: the rest is smaller). */
    private Optional<Batch> find(String id, boolean withPayload) {
        return jdbc.sql("select id, kind, file_name, created_by, committed_at, "
                        + (withPayload ? "payload" : "''")
                        + " from import_batch where id = ?")
                .param(id)
                .query((rs, n) -> new Batch(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4),
                        instants.read(rs, 5),
                        rs.getString(6)))
                .optional();
    }

    /**
     * A batch of this kind made by this person: 404 when there is none, 403 when another person made it (a batch
     * belongs to its author: nobody else maps, previews or commits it), and, unless {@code committedToo}, 409 once it
     * was committed.
     */
    Batch own(String id, String kind, CurrentUser me, boolean committedToo) {
        return own(id, kind, me, committedToo, true);
    }

    /** As {@link #own(String, String, CurrentUser, boolean)}; what the batch holds is read only when asked for. */
    Batch own(String id, String kind, CurrentUser me, boolean committedToo, boolean withPayload) {
        var batch = find(id, withPayload)
                .filter(b -> b.kind().equals(kind))
                .orElseThrow(() -> new NotFoundException("directory.import.error.noBatch", id));
        if (batch.createdBy() == null || !batch.createdBy().equals(me.id())) {
            throw new AccessDeniedException("import batch " + id + " belongs to another user");
        }
        if (!committedToo && batch.committedAt() != null) {
            throw new ConflictException("directory.import.error.committed");
        }
        return batch;
    }

    /** True when this call marked the batch committed (a second commit of the same batch finds it taken). */
    boolean markCommitted(String id) {
        return jdbc.sql("update import_batch set committed_at = ? where id = ? and committed_at is null")
                        .params(instants.bind(Instant.now()), id)
                        .update()
                == 1;
    }

    /** Replaces what a batch waiting for its commit holds (the partner import keeps its mapping here). */
    void updatePayload(String id, String payload) {
        jdbc.sql("update import_batch set payload = ? where id = ? and committed_at is null")
                .params(payload, id)
                .update();
    }
}
