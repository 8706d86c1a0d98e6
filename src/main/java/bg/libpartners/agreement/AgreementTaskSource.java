package bg.libpartners.agreement;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements on a start page: for a board member the versions submitted to their board (urgent: someone waits), for
 * the library's staff the versions the board returned and the approved ones still without a signed copy.
 */
@Component
class AgreementTaskSource implements TaskSource {

    private final PartnershipCatalog partnerships;
    private final JdbcClient jdbc;
    private final SqlInstants instants;

    AgreementTaskSource(PartnershipCatalog partnerships, JdbcClient jdbc, SqlInstants instants) {
        this.partnerships = partnerships;
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var boards = ids(me.refs(ScopeKind.CHITALISHTE));
        var libraries = ids(me.refs(ScopeKind.LIBRARY));
        var tasks = new ArrayList<Task>();
        if (!boards.isEmpty()) {
            var held = byId(partnerships.briefs(List.of(), boards));
            latest(held.keySet(), "SUBMITTED")
                    .forEach(v -> tasks.add(new Task(
                            "agreement.to-approve",
                            List.of(held.get(v.partnershipId()).title(), String.valueOf(v.number())),
                            link(v),
                            null,
                            v.at(),
                            true)));
        }
        if (!libraries.isEmpty()) {
            var led = byId(partnerships.briefs(libraries, List.of()));
            latest(led.keySet(), "RETURNED")
                    .forEach(v -> tasks.add(new Task(
                            "agreement.returned",
                            List.of(led.get(v.partnershipId()).title(), String.valueOf(v.number())),
                            link(v),
                            null,
                            v.at(),
                            true)));
            latest(led.keySet(), "APPROVED").stream()
                    .filter(v -> !v.signed())
                    .forEach(v -> tasks.add(new Task(
                            "agreement.to-sign",
                            List.of(led.get(v.partnershipId()).title(), String.valueOf(v.number())),
                            link(v),
                            null,
                            v.at(),
                            false)));
        }
        return tasks;
    }

    private record Latest(long partnershipId, int number, java.time.Instant at, boolean signed) {}

    /** The latest version of each partnership when it has this status (one statement). */
    private List<Latest> latest(Collection<Long> partnershipIds, String status) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("select v.partnership_id, v.number, coalesce(v.decided_at, v.submitted_at, v.created_at),"
                        + " v.signed_at from agreement_version v where v.partnership_id in (:ids) and v.status = :status"
                        + " and v.number = (select max(w.number) from agreement_version w"
                        + " where w.partnership_id = v.partnership_id) order by 3 desc fetch first 20 rows only")
                .param("ids", partnershipIds)
                .param("status", status)
                .query((rs, i) ->
                        new Latest(rs.getLong(1), rs.getInt(2), instants.read(rs, 3), instants.read(rs, 4) != null))
                .list()
                .stream()
                .limit(20)
                .toList();
    }

    private static Map<Long, PartnershipCatalog.Brief> byId(List<PartnershipCatalog.Brief> briefs) {
        return briefs.stream().collect(Collectors.toMap(PartnershipCatalog.Brief::id, Function.identity()));
    }

    private static String link(Latest v) {
        return "/partnerships/" + v.partnershipId() + "/agreement";
    }

    private static List<Long> ids(Collection<String> refs) {
        return refs.stream()
                .filter(r -> r.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }
}
