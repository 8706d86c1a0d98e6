package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.pick.PickService;
import bg.libpartners.survey.AnswerForm;
import bg.libpartners.survey.Answering;
import bg.libpartners.survey.InvalidAnswerException;
import bg.libpartners.survey.Values;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer form: by personal link ({@code /s/{token}}, no sign-in) or from an account
 * ({@code /surveys/{id}/answer/{organisationId}}). Fields are {@code a.<question>} and
 * {@code g.<section>.<block>.<question>}; "save" keeps a draft, "add" saves and opens one more block, "submit"
 * checks everything. Errors show at each question with what was typed kept on the page.
 */
@Controller
class AnswerController {

    private final Answering answering;
    private final MessageSource messages;

    AnswerController(Answering answering, MessageSource messages) {
        this.answering = answering;
        this.messages = messages;
    }

    @GetMapping("/s/{token}")
    String byLink(@PathVariable String token, Model model) {
        return render(answering.byLink(token), null, 0, "/s/" + token, model);
    }

    @PostMapping("/s/{token}")
    String postByLink(
            @PathVariable String token,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            Model model) {
        var current = answering.byLink(token);
        return post(
                current,
                action,
                version,
                request,
                "/s/" + token,
                model,
                values -> action.equals("submit")
                        ? answering.submitByLink(token, values, version)
                        : answering.saveByLink(token, values, version));
    }

    @GetMapping("/surveys/{id}/answer/{organisationId}")
    String fromAccount(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            Model model) {
        return render(
                answering.read(me, id, organisationId), null, 0, "/surveys/" + id + "/answer/" + organisationId, model);
    }

    @PostMapping("/surveys/{id}/answer/{organisationId}")
    String postFromAccount(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            Model model) {
        var current = answering.read(me, id, organisationId);
        return post(
                current,
                action,
                version,
                request,
                "/surveys/" + id + "/answer/" + organisationId,
                model,
                values -> answering.save(me, id, organisationId, values, version, action.equals("submit")));
    }

    interface Save {
        AnswerForm with(Values values);
    }

    private String post(
            AnswerForm current,
            String action,
            Long version,
            HttpServletRequest request,
            String path,
            Model model,
            Save save) {
        var values = parse(request.getParameterMap());
        var locale = LocaleContextHolder.getLocale();
        if (PickService.searching(request)) {
            // no script: the organisation pickers list their choices; nothing is saved in this round
            return render(withValues(current, values, version), null, 0, path, model);
        }
        try {
            var saved = save.with(values);
            model.addAttribute(
                    "notice",
                    messages.getMessage(
                            action.equals("submit") ? "survey.answer.submitted" : "survey.answer.saved", null, locale));
            return render(saved, null, action.equals("add") ? 1 : 0, path, model);
        } catch (InvalidAnswerException e) {
            var errors = new LinkedHashMap<String, String>();
            for (var p : e.problems()) {
                errors.putIfAbsent(p.field(), messages.getMessage(p.key(), p.args(), locale));
            }
            model.addAttribute("errors", errors);
            return render(withValues(current, values, version), errors, 0, path, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", messages.getMessage("survey.error.staleForm", null, locale));
            return render(withValues(current, values, version), null, 0, path, model);
        } catch (ConflictException e) {
            model.addAttribute("problem", messages.getMessage(e.getMessageKey(), e.getArgs(), locale));
            return render(current, null, 0, path, model);
        }
    }

    /** The page shows what was typed (not yet saved) with the version the form was read at. */
    private static AnswerForm withValues(AnswerForm f, Values values, Long version) {
        return new AnswerForm(
                f.campaignId(),
                f.campaignTitle(),
                f.purpose(),
                f.closesOn(),
                f.organisationId(),
                f.organisationName(),
                f.questionnaire(),
                values,
                f.status(),
                f.submittedAt(),
                version == null ? f.version() : version,
                f.open());
    }

    private String render(AnswerForm form, Map<String, String> errors, int extraBlocks, String path, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("path", path);
        // the type-ahead: by personal link the link's own suggest (no sign-in), from an account the directory's
        model.addAttribute(
                "organisationSource",
                path.startsWith("/s/")
                        ? "/api/v1/survey-answers/" + path.substring(3) + "/organisations"
                        : "/api/v1/organisations/suggest?kind=PARTNER");
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        var blocks = new LinkedHashMap<String, Integer>();
        for (var g : form.questionnaire().definition().groups()) {
            int n = form.values().groups().getOrDefault(g.key(), List.of()).size();
            blocks.put(g.key(), Math.min(g.limit(), Math.max(1, n + extraBlocks)));
        }
        model.addAttribute("blocks", blocks);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "survey/answer";
    }

    /** {@code a.key} → plain; {@code g.section.i.key} → blocks in order of i. */
    static Values parse(Map<String, String[]> params) {
        var pickers = java.util.Set.of(params.getOrDefault(PickService.FIELD, new String[0]));
        var plain = new LinkedHashMap<String, List<String>>();
        var groups = new TreeMap<String, TreeMap<Integer, Map<String, List<String>>>>();
        params.forEach((name, values) -> {
            if (name.endsWith(PickService.QUERY)
                    && pickers.contains(name.substring(0, name.length() - PickService.QUERY.length()))) {
                return; // the name typed into a picker, not an answer
            }
            var list = new ArrayList<String>();
            for (var v : values) {
                if (v != null && !v.isBlank()) {
                    list.add(v);
                }
            }
            if (name.startsWith("a.")) {
                plain.put(name.substring(2), list);
            } else if (name.startsWith("g.")) {
                var parts = name.split("\\.", 4);
                if (parts.length == 4 && parts[2].matches("\\d{1,3}")) {
                    groups.computeIfAbsent(parts[1], k -> new TreeMap<>())
                            .computeIfAbsent(Integer.valueOf(parts[2]), k -> new LinkedHashMap<>())
                            .put(parts[3], list);
                }
            }
        });
        var out = new LinkedHashMap<String, List<Map<String, List<String>>>>();
        groups.forEach((k, items) -> {
            var blocks = new ArrayList<Map<String, List<String>>>();
            items.values().forEach(b -> {
                if (b.values().stream().anyMatch(v -> !v.isEmpty())) {
                    blocks.add(b);
                }
            });
            out.put(k, blocks);
        });
        return new Values(plain, out);
    }

    static Supplier<String> none() {
        return () -> null;
    }
}
