package bg.libpartners.workspace;

import bg.libpartners.account.CurrentUser;
import java.util.List;

/**
 * A module's contribution to the start pages: what waits for this person in that module, within their role and
 * scopes. Implementations are Spring beans in the contributing module; they must be quick (an indexed query or two)
 * and return at most a few dozen tasks.
 */
public interface TaskSource {

    List<Task> tasksFor(CurrentUser user);
}
