package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Support's part of the start pages: for experts the requests assigned to them whose next word is theirs and those
 * waiting unassigned in their topics; for coordinators the unassigned and the overdue of their oblasts; for askers
 * the answers waiting for them. Each list is one indexed query of at most a few dozen rows.
 */
@Component
class SupportTaskSource implements TaskSource {

    private static final int LIMIT = 20;

    private final SupportQueries queries;

    SupportTaskSource(SupportQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        var tasks = new ArrayList<Task>();
        switch (user.role()) {
            case EXPERT -> {
                for (var r :
                        rows(user, new SupportQueries.Filter(SupportStatus.ASSIGNED, null, null, false, false, true))) {
                    tasks.add(task("support.assigned", r, r.overdue() || r.near()));
                }
                for (var r : rows(user, new SupportQueries.Filter(SupportStatus.NEW, null, null, false, true, false))) {
                    tasks.add(task("support.to-take", r, r.overdue() || r.near()));
                }
            }
            case COORDINATOR, ADMIN -> {
                for (var r : rows(user, new SupportQueries.Filter(SupportStatus.NEW, null, null, false, true, false))) {
                    tasks.add(task("support.unassigned", r, r.overdue() || r.near()));
                }
                for (var r : rows(user, new SupportQueries.Filter(null, null, null, true, false, false))) {
                    if (r.expertId() != null) {
                        tasks.add(task("support.overdue", r, true));
                    }
                }
            }
            case LIBRARIAN, BOARD_MEMBER, PARTNER -> {
                for (var status : List.of(SupportStatus.ANSWERED, SupportStatus.WAITING_FOR_ASKER)) {
                    for (var r : rows(
                            user,
                            new SupportQueries.Filter(status, null, null, false, false, user.role() == Role.PARTNER))) {
                        tasks.add(new Task(
                                "support.answered",
                                List.of(String.valueOf(r.id())),
                                "/support/requests/" + r.id(),
                                null,
                                r.lastActivityAt(),
                                status == SupportStatus.WAITING_FOR_ASKER));
                    }
                }
            }
        }
        return tasks;
    }

    private List<SupportViews.RequestRow> rows(CurrentUser user, SupportQueries.Filter filter) {
        return queries.list(user, filter, 0, LIMIT).rows();
    }

    private static Task task(String kind, SupportViews.RequestRow r, boolean urgent) {
        Instant since = r.createdAt();
        return new Task(
                kind,
                List.of(String.valueOf(r.id()), r.libraryName()),
                "/support/requests/" + r.id(),
                r.dueAt().atZone(WorkingHours.ZONE).toLocalDate(),
                since,
                urgent);
    }
}
