package bg.libpartners.workspace.web;

import bg.libpartners.platform.NotFoundException;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.PartnerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The help section, public: every {@code templates/help/<topic>.html} with a {@code content} fragment is a topic (each
 * module writes its own), titled by {@code help.<topic>.title}. The list is read once from the class path, and only
 * a topic in it is ever rendered.
 */
@Controller
class HelpController {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    /** Topics in this order first (the programme, then the daily work); the others follow by name. */
    private static final List<String> FIRST = List.of("partnership", "workspace", "agreement", "practice", "directory");

    /**
     * The seed's six principles as the partnership module codes them ({@code partnership.criterion.<CODE>} labels);
     * named here, not imported, because the partnership module depends on this one for its start-page tasks.
     */
    static final List<String> PRINCIPLES = List.of(
            "COMMON_GOALS", "COMMON_FIELD", "EQUALITY", "MUTUAL_INTEREST", "COMMUNICATION_CONTROL", "SUSTAINABILITY");

    private final List<String> topics;
    private final MessageSource messages;

    HelpController(MessageSource messages) {
        this.messages = messages;
        this.topics = discover();
    }

    record Topic(String code, String title) {}

    @GetMapping("/help")
    String index(Locale locale, Model model) {
        model.addAttribute(
                "topics",
                topics.stream().map(t -> new Topic(t, title(t, locale))).toList());
        return "workspace/help-index";
    }

    @GetMapping("/help/{topic}")
    String topic(@PathVariable String topic, Locale locale, Model model) {
        if (!topics.contains(topic)) {
            throw new NotFoundException("workspace.help.notFound", topic);
        }
        model.addAttribute("topic", topic);
        model.addAttribute("topicTitle", title(topic, locale));
        model.addAttribute(
                "topics",
                topics.stream().map(t -> new Topic(t, title(t, locale))).toList());
        model.addAttribute("principles", PRINCIPLES);
        model.addAttribute("benefits", Benefit.values());
        model.addAttribute("partnerTypes", PartnerType.values());
        return "workspace/help";
    }

    private String title(String topic, Locale locale) {
        return messages.getMessage("help." + topic + ".title", null, topic, locale);
    }

    private static List<String> discover() {
        try {
            var found = new TreeSet<String>();
            for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/help/*.html")) {
                var name = r.getFilename();
                if (name != null && TOPIC.matcher(name.replace(".html", "")).matches()) {
                    found.add(name.replace(".html", ""));
                }
            }
            var ordered = new java.util.ArrayList<String>();
            FIRST.stream().filter(found::contains).forEach(ordered::add);
            found.stream().filter(t -> !FIRST.contains(t)).forEach(ordered::add);
            return List.copyOf(ordered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
