package bg.libpartners.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing waiting for a person on their start page, with one click to act on it.
 *
 * @param kind a stable code like {@code agreement.to-approve} or {@code survey.to-answer}; labels
 *     {@code workspace.task.<kind>} in the bundles take {@code args}
 * @param args the label's arguments, already as text
 * @param link the page that acts on it
 * @param due when it falls due, or null
 * @param since when it started waiting (newest first among equally urgent), or null
 * @param urgent true when it is overdue or close to its due date
 */
public record Task(String kind, List<String> args, String link, LocalDate due, Instant since, boolean urgent) {

    public Task {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
