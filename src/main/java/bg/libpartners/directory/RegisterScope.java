package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.ImportReport.Issue;
import bg.libpartners.directory.RegisterImport.Payload;
import bg.libpartners.directory.RegisterImport.RegisterRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which rows of a register import a person may apply: an admin every row; a coordinator only rows of centres that
 * lie in their oblasts, both where the register puts them and where they are stored now (so a centre is neither
 * renamed, closed nor moved out of or into an oblast that is not theirs). The others become rejected rows that name
 * the row, the centre and its oblast.
 */
@Component
class RegisterScope {

    static final String COLUMN = RegisterImport.C_OBLAST;

    private final Organisations organisations;
    private final PlaceLabelLookup labels;

    RegisterScope(Organisations organisations, PlaceLabelLookup labels) {
        this.organisations = organisations;
        this.labels = labels;
    }

    /** The payload with the rows outside the person's oblasts moved to its rejected rows. */
    Payload limit(Payload payload, CurrentUser me, IssueMaker issues) {
        if (me.isAdmin()) {
            return payload;
        }
        var mine = me.refs(ScopeKind.OBLAST);
        Map<Integer, String> storedOblast = new HashMap<>();
        organisations
                .findRegistered(OrganisationKind.CHITALISHTE)
                .forEach(o -> storedOblast.put(o.getRegisterNo(), o.getOblastCode()));
        List<RegisterRow> allowed = new ArrayList<>();
        List<Issue> rejected = new ArrayList<>(payload.rejected());
        for (var row : payload.rows()) {
            // as text, so that MessageFormat does not write register number 1234 as "1 234"
            var n = String.valueOf(row.row());
            var number = String.valueOf(row.registerNo());
            boolean stored = storedOblast.containsKey(row.registerNo());
            var was = storedOblast.get(row.registerNo());
            if (row.oblastCode() == null) {
                rejected.add(issues.issue(
                        row.row(), COLUMN, "directory.import.error.registerNoOblast", n, number, row.name()));
            } else if (!mine.contains(row.oblastCode())) {
                rejected.add(issues.issue(
                        row.row(),
                        COLUMN,
                        "directory.import.error.registerOutside",
                        n,
                        number,
                        row.name(),
                        labels.oblast(row.oblastCode())));
            } else if (stored && (was == null || !mine.contains(was))) {
                rejected.add(issues.issue(
                        row.row(),
                        COLUMN,
                        "directory.import.error.registerStoredOutside",
                        n,
                        number,
                        row.name(),
                        was == null ? "—" : labels.oblast(was)));
            } else {
                allowed.add(row);
            }
        }
        rejected.sort(Comparator.comparingInt(Issue::row));
        return new Payload(payload.fileName(), payload.total(), allowed, rejected, payload.warnings());
    }

    /** Makes a rejected row's explanation in the reader's language. */
    @FunctionalInterface
    interface IssueMaker {
        Issue issue(int row, String column, String key, Object... args);
    }
}
