package bg.libpartners.workspace;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The start page's content: every module's tasks for this person (each {@link TaskSource} asked, a failing one
 * skipped so that one module cannot empty the page), the most urgent first, then by due date, then the newest; and the
 * figures of the person's oblasts (a coordinator) or of the whole programme (an admin) from every
 * {@link FigureSource}.
 */
@Service
public class Workspace {

    private static final Logger log = LoggerFactory.getLogger(Workspace.class);

    /** Urgent first; then the nearest due date; then the newest; tasks without dates last. */
    static final Comparator<Task> ORDER = Comparator.comparing((Task t) -> !t.urgent())
            .thenComparing(Task::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Task::since, Comparator.nullsLast(Comparator.<java.time.Instant>reverseOrder()));

    /** The tasks of one part of the application, for one section of the page. */
    public record Section(String code, List<Task> tasks) {}

    /** The figures of one oblast (or of the country, {@code oblast} null) per module section. */
    public record Glance(String oblast, Map<String, List<Figure>> sections) {}

    private final List<TaskSource> sources;
    private final List<FigureSource> figures;

    Workspace(List<TaskSource> sources, List<FigureSource> figures) {
        this.sources = sources;
        this.figures = figures;
    }

    /**
     * Whether this "task" is one of the person's places rather than something to do: a module lists the libraries,
     * chitalishta or organisations someone is responsible for as tasks of kind {@code mine.<what>}, shown first under
     * their own heading and not counted.
     */
    public static boolean isPlace(Task t) {
        return t.kind().startsWith("mine.");
    }

    public List<Task> tasks(CurrentUser me) {
        var all = new ArrayList<Task>();
        for (var source : sources) {
            try {
                all.addAll(source.tasksFor(me));
            } catch (RuntimeException e) {
                log.warn("Tasks of {} skipped: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
        all.sort(ORDER);
        return all;
    }

    /** The tasks grouped by the part they belong to (the kind's first word), sections in order of their first task. */
    public List<Section> sections(List<Task> tasks) {
        var grouped = new LinkedHashMap<String, List<Task>>();
        for (var t : tasks) {
            var code = t.kind().contains(".") ? t.kind().substring(0, t.kind().indexOf('.')) : t.kind();
            grouped.computeIfAbsent(code, k -> new ArrayList<>()).add(t);
        }
        var sections = new ArrayList<Section>();
        if (grouped.containsKey("mine")) {
            sections.add(new Section("mine", grouped.remove("mine")));
        }
        grouped.forEach((code, list) -> sections.add(new Section(code, list)));
        return sections;
    }

    /** A coordinator's oblasts one by one, an admin's whole programme; nothing for the other roles. */
    public List<Glance> glance(CurrentUser me) {
        if (me.isAdmin()) {
            return List.of(glance(InsightScope.national()));
        }
        if (me.is(bg.libpartners.account.Role.COORDINATOR)) {
            return me.refs(bg.libpartners.account.ScopeKind.OBLAST).stream()
                    .sorted()
                    .map(o -> glance(new InsightScope(o, null, null)))
                    .toList();
        }
        return List.of();
    }

    private Glance glance(InsightScope scope) {
        var sections = new LinkedHashMap<String, List<Figure>>();
        for (var source : figures) {
            try {
                // at a glance: each section's first figure and its single counts, not every breakdown
                var found = source.figures(scope);
                var headline = new java.util.ArrayList<Figure>();
                for (int i = 0; i < found.size(); i++) {
                    if (i == 0 || found.get(i).breakdown().isEmpty()) {
                        headline.add(found.get(i));
                    }
                }
                if (!headline.isEmpty()) {
                    sections.put(source.section(), headline);
                }
            } catch (RuntimeException e) {
                log.warn("Figures of {} skipped: {}", source.section(), e.toString());
            }
        }
        return new Glance(scope.oblast(), sections);
    }
}
