package bg.libpartners.workspace.web;

import bg.libpartners.workspace.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A task as the start page and {@code GET /api/v1/me/tasks} show it: its words in the asker's language. */
record TaskView(String kind, String label, String link, LocalDate due, Instant since, boolean urgent) {

    static TaskView of(Task t, MessageSource messages, Locale locale) {
        var label = messages.getMessage(
                "workspace.task." + t.kind(),
                t.args().toArray(),
                t.kind() + (t.args().isEmpty() ? "" : ": " + String.join(", ", t.args())),
                locale);
        return new TaskView(t.kind(), label, t.link(), t.due(), t.since(), t.urgent());
    }

    static List<TaskView> of(List<Task> tasks, MessageSource messages, Locale locale) {
        return tasks.stream().map(t -> of(t, messages, locale)).toList();
    }
}
