package bg.libpartners.practice;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Good practices on a start page: for a coordinator the practices of their oblasts waiting for moderation (for an
 * admin every one), for the author and their library's staff the practices returned for changes.
 */
@Component
class PracticeTaskSource implements TaskSource {

    private final Practices practices;

    PracticeTaskSource(Practices practices) {
        this.practices = practices;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var tasks = new ArrayList<Task>();
        var page = PageRequest.of(0, 20);
        List<PracticeCard> review = List.of();
        if (me.isAdmin()) {
            review = practices.cardsWithStatus(PracticeStatus.IN_REVIEW, page);
        } else if (me.is(Role.COORDINATOR) && !me.refs(ScopeKind.OBLAST).isEmpty()) {
            review = practices.cardsWithStatusIn(PracticeStatus.IN_REVIEW, me.refs(ScopeKind.OBLAST), page);
        }
        review.forEach(c -> tasks.add(
                new Task("practice.to-moderate", List.of(c.title()), "/practices/" + c.id(), null, null, false)));
        var libraries = me.refs(ScopeKind.LIBRARY);
        if (me.is(Role.LIBRARIAN) || !libraries.isEmpty()) {
            practices.cardsOf(me.id(), libraries.isEmpty() ? List.of("-") : libraries, PageRequest.of(0, 200)).stream()
                    .filter(c -> c.status() == PracticeStatus.RETURNED)
                    .limit(20)
                    .forEach(c -> tasks.add(new Task(
                            "practice.returned",
                            List.of(c.title()),
                            "/practices/" + c.id() + "/edit",
                            null,
                            null,
                            true)));
        }
        return tasks;
    }
}
