package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports previewed but not committed, on their author's start page: they are kept for a day, so urgent (the import
 * is lost if nobody commits it).
 */
@Component
class ImportTaskSource implements TaskSource {

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;

    ImportTaskSource(JdbcClient jdbc, SqlInstants instants, Clock clock) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var since = instants.bind(clock.instant().minus(Duration.ofDays(1)));
        return jdbc
                .sql(
                        "select kind, file_name, row_count, created_at from import_batch where created_by = :me"
                                + " and committed_at is null and created_at > :since order by created_at desc fetch first 10 rows only")
                .param("me", me.id())
                .param("since", since)
                .query((rs, i) -> new Task(
                        "directory.import-waiting",
                        List.of(rs.getString(2) == null ? "—" : rs.getString(2), String.valueOf(rs.getInt(3))),
                        link(rs.getString(1)),
                        null,
                        instants.read(rs, 4),
                        true))
                .list()
                .stream()
                .limit(10)
                .toList();
    }

    private static String link(String kind) {
        if (PartnerImport.KIND.equals(kind)) {
            return "/imports/partners";
        }
        return CoordinateImport.KIND.equals(kind) ? "/imports/coordinates" : "/imports/chitalishta-register";
    }
}
