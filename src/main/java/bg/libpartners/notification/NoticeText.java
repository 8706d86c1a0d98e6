package bg.libpartners.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a stored notice into words in one language: {@code <messageKey>.subject} and {@code .body} with its
 * arguments, and the label {@code notification.kind.<kind>} (the kind's code when a module has no label for it).
 */
@Component
class NoticeText {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final MessageSource messages;
    private final JsonMapper json;

    NoticeText(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String argsOf(List<String> args) {
        return json.writeValueAsString(args);
    }

    String subject(Notification n, Locale locale) {
        return messages.getMessage(n.getMessageKey() + ".subject", args(n), kind(n.getKind(), locale), locale);
    }

    String body(Notification n, Locale locale) {
        return messages.getMessage(n.getMessageKey() + ".body", args(n), "", locale);
    }

    String kind(String kind, Locale locale) {
        return messages.getMessage("notification.kind." + kind, null, kind, locale);
    }

    private Object[] args(Notification n) {
        return json.readValue(n.getArgs(), STRINGS).toArray();
    }
}
