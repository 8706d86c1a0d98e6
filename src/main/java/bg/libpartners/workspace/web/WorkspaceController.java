package bg.libpartners.workspace.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.geography.Geography;
import bg.libpartners.workspace.Workspace;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page "Моята работа": what waits for the signed-in person, by part, with one link to act on each. */
@Controller
class WorkspaceController {

    private final Workspace workspace;
    private final MessageSource messages;
    private final Geography geography;

    WorkspaceController(Workspace workspace, MessageSource messages, Geography geography) {
        this.workspace = workspace;
        this.messages = messages;
        this.geography = geography;
    }

    /** A section of the page: its code (label {@code workspace.section.<code>}) and its tasks in words. */
    record SectionView(String code, java.util.List<TaskView> tasks) {}

    /** One oblast at a glance (or the country): its name and the modules' figures. */
    record GlanceView(String oblast, String name, Workspace.Glance glance) {}

    @GetMapping("/work")
    String start(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        var tasks = workspace.tasks(me);
        var todo = tasks.stream().filter(t -> !Workspace.isPlace(t)).toList();
        model.addAttribute("taskCount", todo.size());
        model.addAttribute(
                "urgentCount",
                todo.stream().filter(bg.libpartners.workspace.Task::urgent).count());
        model.addAttribute(
                "sections",
                workspace.sections(tasks).stream()
                        .map(s -> new SectionView(s.code(), TaskView.of(s.tasks(), messages, locale)))
                        .toList());
        model.addAttribute(
                "glances",
                workspace.glance(me).stream()
                        .map(g -> new GlanceView(
                                g.oblast(),
                                g.oblast() == null
                                        ? null
                                        : geography
                                                .findOblast(g.oblast())
                                                .map(o -> "en".equals(locale.getLanguage()) ? o.nameEn() : o.nameBg())
                                                .orElse(g.oblast()),
                                g))
                        .toList());
        model.addAttribute("role", me.role());
        return "workspace/start";
    }
}
