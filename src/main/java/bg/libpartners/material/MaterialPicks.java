package bg.libpartners.material;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
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
public class MaterialPicks implements PickSource {

    private final MaterialService materials;
    private final MessageSource messages;

    MaterialPicks(MaterialService materials, MessageSource messages) {
        this.materials = materials;
        this.messages = messages;
    }

    @Override
    public List<String> kinds() {
        return List.of("material");
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        if (CurrentUser.get().isEmpty()) {
            return List.of();
        }
        return materials.search(q, null, PageRequest.of(0, limit)).stream()
                .map(m -> new Choice(String.valueOf(m.id()), m.title(), hint(m.kind()))).toList();
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        if (CurrentUser.get().isEmpty() || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        var m = materials.get(Long.parseLong(value));
        return Optional.of(new Choice(value, m.title(), hint(m.kind())));
    }

    private String hint(MaterialKind kind) {
        return kind == null ? null
                : messages.getMessage("material.kind." + kind.name(), null, kind.name(), LocaleContextHolder.getLocale());
    }
}
