package bg.libpartners.material;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.SignedInPickSource;
import bg.libpartners.platform.pick.Choice;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Materials for the forms' pickers (an event links materials): the library's own full-text search over titles,
 * descriptions, tags and file text, so Bulgarian word forms and Latin letters find them. Only for signed-in people,
 * as the library itself is.
 */
@Component
public class MaterialPickSource extends SignedInPickSource {

    private final MaterialService materials;
    private final MessageSource messages;

    MaterialPickSource(MaterialService materials, MessageSource messages) {
        super("material");
        this.materials = materials;
        this.messages = messages;
    }

    @Override
    protected List<Choice> suggest(CurrentUser me, String q, int limit) {
        return materials.search(q, null, PageRequest.of(0, limit)).stream()
                .map(m -> new Choice(String.valueOf(m.id()), m.title(), hint(m.kind())))
                .toList();
    }

    @Override
    protected Optional<Choice> find(CurrentUser me, long id) {
        var m = materials.get(id);
        return Optional.of(new Choice(String.valueOf(id), m.title(), hint(m.kind())));
    }

    private String hint(MaterialKind kind) {
        return kind == null
                ? null
                : messages.getMessage(
                        "material.kind." + kind.name(), null, kind.name(), LocaleContextHolder.getLocale());
    }
}
