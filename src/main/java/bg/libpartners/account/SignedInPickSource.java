package bg.libpartners.account;

import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;

/**
 * A picker of one kind for signed-in people only, its things named by a numeric id: nobody signed in, or a value that
 * is not an id, gets nothing. The module that owns the things says which the person may pick (their libraries, the
 * partnerships their library leads, any material); its service checks the choice again when the form is saved.
 */
public abstract class SignedInPickSource implements PickSource {

    private final String kind;

    protected SignedInPickSource(String kind) {
        this.kind = kind;
    }

    /** Up to {@code limit} of the things the person may pick whose name matches {@code q}; best first. */
    protected abstract List<Choice> suggest(CurrentUser me, String q, int limit);

    /** The thing with this id, when the person may pick it. */
    protected abstract Optional<Choice> find(CurrentUser me, long id);

    @Override
    public final List<String> kinds() {
        return List.of(kind);
    }

    @Override
    public final List<Choice> suggest(String kind, String q, int limit) {
        return CurrentUser.get().map(me -> suggest(me, q, limit)).orElse(List.of());
    }

    @Override
    public final Optional<Choice> find(String kind, String value) {
        var me = CurrentUser.get();
        if (me.isEmpty() || value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return find(me.get(), Long.parseLong(value));
    }
}
