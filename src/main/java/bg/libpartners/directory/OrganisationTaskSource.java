package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The directory on the start pages: the libraries, chitalishta and organisations a person is responsible for, by
 * name ({@code mine.*} places, listed first). The numbers of libraries and chitalishta at a glance come from
 * {@link DirectoryFigureSource}.
 */
@Component
class OrganisationTaskSource implements TaskSource {

    private final Directory directory;

    OrganisationTaskSource(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var ids = new ArrayList<Long>();
        for (var kind : List.of(ScopeKind.LIBRARY, ScopeKind.CHITALISHTE, ScopeKind.ORGANISATION)) {
            me.refs(kind).stream()
                    .filter(r -> r.matches("\\d{1,18}"))
                    .map(Long::valueOf)
                    .forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return directory.findAll(ids).stream()
                .limit(20)
                .map(o -> new Task(
                        "mine." + o.kind().name().toLowerCase(java.util.Locale.ROOT),
                        List.of(o.name(), o.settlementName() == null ? "—" : o.settlementName()),
                        "/organisations/" + o.id(),
                        null,
                        null,
                        false))
                .toList();
    }
}
