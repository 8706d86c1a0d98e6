package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.survey.Definition;
import bg.libpartners.survey.Definition.Condition;
import bg.libpartners.survey.Definition.Option;
import bg.libpartners.survey.Definition.Question;
import bg.libpartners.survey.Definition.Section;
import bg.libpartners.survey.Definition.Text;
import bg.libpartners.survey.InvalidAnswerException;
import bg.libpartners.survey.QuestionEditor;
import bg.libpartners.survey.QuestionInput;
import bg.libpartners.survey.QuestionKind;
import bg.libpartners.survey.QuestionnaireInput;
import bg.libpartners.survey.QuestionnaireService;
import bg.libpartners.survey.QuestionnaireView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire builder: list, a new questionnaire, and per version its sections and questions with forms to add
 * a section (plain or repeating), add a question of any kind (options one per line as {@code CODE = български |
 * English}, range, required, help, shown only when another answer is a value), edit one in place, move it up or down
 * and remove it. Each change goes
 * through {@link QuestionnaireService#update}: in place, or a new version once answered.
 */
@Controller
class QuestionnaireController {

    /** The fields of a question's edit form. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of(
            "labelBg", "labelEn", "helpBg", "helpEn", "kind", "options", "min", "max", "showIfQuestion", "showIfValue");

    private final QuestionnaireService service;
    private final QuestionEditor editor;
    private final MessageSource messages;

    QuestionnaireController(QuestionnaireService service, QuestionEditor editor, MessageSource messages) {
        this.service = service;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/questionnaires")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("questionnaires", service.latest(me));
        return "survey/questionnaires";
    }

    @PostMapping("/questionnaires")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String titleBg,
            @RequestParam(required = false) String titleEn,
            RedirectAttributes flash) {
        try {
            long id = service.create(
                    me,
                    new QuestionnaireInput(
                            titleBg,
                            titleEn,
                            new Definition(List.of(new Section(
                                    "main",
                                    new Text(titleBg == null ? "" : titleBg, titleEn),
                                    null,
                                    false,
                                    null,
                                    null,
                                    List.of()))),
                            null));
            return "redirect:/questionnaires/" + id;
        } catch (BadRequestException e) {
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/questionnaires";
        }
    }

    @GetMapping("/questionnaires/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var q = service.get(me, id);
        model.addAttribute("q", q);
        model.addAttribute("inUse", service.inUse(id));
        var optionLines = new LinkedHashMap<String, String>();
        q.definition().questions().forEach(l -> optionLines.put(l.question().key(), optionLines(l.question())));
        model.addAttribute("optionLines", optionLines);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "survey/questionnaire";
    }

    @PostMapping("/questionnaires/{id}/sections")
    String addSection(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam String key,
            @RequestParam String titleBg,
            @RequestParam(required = false) String titleEn,
            @RequestParam(defaultValue = "false") boolean repeating,
            RedirectAttributes flash) {
        var q = service.get(me, id);
        var sections = new ArrayList<>(q.definition().sections());
        sections.add(new Section(key.trim(), new Text(titleBg, titleEn), null, repeating, null, null, List.of()));
        return save(me, q, version, new Definition(sections), flash);
    }

    @PostMapping("/questionnaires/{id}/questions")
    String addQuestion(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam String section,
            @RequestParam String key,
            @RequestParam QuestionKind kind,
            @RequestParam String labelBg,
            @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) String helpBg,
            @RequestParam(required = false) String helpEn,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(required = false) String options,
            @RequestParam(required = false) Integer min,
            @RequestParam(required = false) Integer max,
            @RequestParam(required = false) String showIfQuestion,
            @RequestParam(required = false) String showIfValue,
            RedirectAttributes flash) {
        var q = service.get(me, id);
        var question = new Question(
                key.trim(),
                kind,
                new Text(labelBg, labelEn),
                blank(helpBg) ? null : new Text(helpBg, helpEn),
                required,
                options(options),
                min,
                max,
                blank(showIfQuestion) ? null : new Condition(showIfQuestion.trim(), showIfValue));
        var sections = new ArrayList<Section>();
        for (var s : q.definition().sections()) {
            var qs = new ArrayList<>(s.questions());
            if (s.key().equals(section)) {
                qs.add(question);
            }
            sections.add(new Section(s.key(), s.title(), s.help(), s.repeating(), s.maxItems(), s.showIf(), qs));
        }
        return save(me, q, version, new Definition(sections), flash);
    }

    @PostMapping("/questionnaires/{id}/questions/{key}/remove")
    String remove(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam long version,
            RedirectAttributes flash) {
        return saved(id, () -> editor.remove(me, id, key, version), flash);
    }

    /** Up or down within its section: a plain form button each, so it works without script. */
    @PostMapping("/questionnaires/{id}/questions/{key}/move")
    String move(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam long version,
            @RequestParam String direction,
            RedirectAttributes flash) {
        var to = "up".equalsIgnoreCase(direction) ? QuestionEditor.Direction.UP : QuestionEditor.Direction.DOWN;
        return saved(id, () -> editor.move(me, id, key, to, version), flash);
    }

    /** The edit form of one question; wrong fields come back on the same page with what was typed and a message each. */
    @PostMapping("/questionnaires/{id}/questions/{key}")
    String editQuestion(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam long version,
            @RequestParam(required = false) QuestionKind kind,
            @RequestParam(required = false) String labelBg,
            @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) String helpBg,
            @RequestParam(required = false) String helpEn,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(required = false) String options,
            @RequestParam(required = false) Integer min,
            @RequestParam(required = false) Integer max,
            @RequestParam(required = false) String showIfQuestion,
            @RequestParam(required = false) String showIfValue,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        var in = new QuestionInput(
                labelBg,
                labelEn,
                helpBg,
                helpEn,
                kind,
                required,
                options(options),
                min,
                max,
                showIfQuestion,
                showIfValue,
                version);
        try {
            return saved(id, () -> editor.edit(me, id, key, in), flash);
        } catch (InvalidAnswerException e) {
            var locale = LocaleContextHolder.getLocale();
            var errors = new LinkedHashMap<String, String>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.key(), p.args(), locale)));
            var typed = new LinkedHashMap<String, String>();
            request.getParameterMap().forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
            model.addAttribute("editing", key);
            model.addAttribute("editErrors", errors);
            model.addAttribute("typed", typed);
            model.addAttribute("problem", messages.getMessage("survey.builder.fixFields", null, locale));
            return edit(me, id, model);
        }
    }

    private String saved(long id, Supplier<QuestionnaireView> change, RedirectAttributes flash) {
        try {
            var saved = change.get();
            flash.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            saved.id() == id ? "survey.builder.saved" : "survey.builder.newVersion",
                            new Object[] {saved.versionNo()},
                            LocaleContextHolder.getLocale()));
            return "redirect:/questionnaires/" + saved.id();
        } catch (InvalidAnswerException e) {
            if (e.problems().stream().anyMatch(p -> FIELDS.contains(p.field()))) {
                throw e; // the edit form shows them at its fields
            }
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/questionnaires/" + id;
        } catch (BadRequestException e) {
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/questionnaires/" + id;
        }
    }

    private String save(CurrentUser me, QuestionnaireView q, long version, Definition d, RedirectAttributes flash) {
        try {
            var saved = service.update(me, q.id(), new QuestionnaireInput(q.titleBg(), q.titleEn(), d, version));
            flash.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            saved.id() == q.id() ? "survey.builder.saved" : "survey.builder.newVersion",
                            new Object[] {saved.versionNo()},
                            LocaleContextHolder.getLocale()));
            return "redirect:/questionnaires/" + saved.id();
        } catch (BadRequestException e) {
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/questionnaires/" + q.id();
        }
    }

    private String text(BadRequestException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale());
    }

    static List<Option> options(String lines) {
        var list = new ArrayList<Option>();
        if (lines == null) {
            return list;
        }
        for (var line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            var parts = line.split("=", 2);
            String code = parts[0].trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
            String label = parts.length > 1 ? parts[1] : parts[0];
            var langs = label.split("\\|", 2);
            list.add(new Option(code, new Text(langs[0].trim(), langs.length > 1 ? langs[1].trim() : null)));
        }
        return list;
    }

    /** The options as the form's text area shows them: {@code CODE = български | English}, one a line. */
    static String optionLines(Question q) {
        var lines = new StringBuilder();
        for (var o : q.options()) {
            lines.append(o.code()).append(" = ").append(o.label().bg());
            if (o.label().en() != null && !o.label().en().isBlank()) {
                lines.append(" | ").append(o.label().en());
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
