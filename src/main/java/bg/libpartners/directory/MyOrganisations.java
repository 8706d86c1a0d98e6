package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The directory on the start pages: the libraries, chitalishta and organisations a person is responsible for, by
 * name ({@code mine.*} places, listed first), and for a coordinator's oblast or the whole programme the number of
 * libraries and chitalishta registered.
 */
@Component
class MyOrganisations implements TaskSource, FigureSource {

    private final Directory directory;

    MyOrganisations(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var ids = new ArrayList<Long>();
        for (var kind : List.of(ScopeKind.LIBRARY, ScopeKind.CHITALISHTE, ScopeKind.ORGANISATION)) {
            me.refs(kind).stream().filter(r -> r.matches("\\d{1,18}")).map(Long::valueOf).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return directory.findAll(ids).stream().limit(20).map(o -> new Task("mine." + o.kind().name().toLowerCase(
                java.util.Locale.ROOT), List.of(o.name(), o.settlementName() == null ? "—" : o.settlementName()),
                "/organisations/" + o.id(), null, null, false)).toList();
    }

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var one = PageRequest.of(0, 1);
        var query = scope.oblast() == null ? "" : "?oblast=" + scope.oblast();
        return List.of(
                Figure.count("libraries", directory.list(OrganisationKind.LIBRARY, scope.oblast(), null, one)
                        .getTotalElements(), "/organisations" + (query.isEmpty() ? "?kind=LIBRARY" : query
                        + "&kind=LIBRARY")),
                Figure.count("chitalishta", directory.list(OrganisationKind.CHITALISHTE, scope.oblast(), null, one)
                        .getTotalElements(), "/organisations" + (query.isEmpty() ? "?kind=CHITALISHTE" : query
                        + "&kind=CHITALISHTE")));
    }

}
