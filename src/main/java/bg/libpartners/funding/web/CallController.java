package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.LibraryKind;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.CallService;
import bg.libpartners.funding.FundingReads;
import bg.libpartners.funding.InvalidFundingException;
import bg.libpartners.material.MaterialService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Call pages: the public list and page of a call; the admin's editor, publishing and the ranking. */
@Controller
class CallController {

    private final CallService calls;
    private final FundingReads reads;
    private final ApplicationService applications;
    private final MaterialService materials;
    private final Directory directory;
    private final MessageSource messages;

    CallController(
            CallService calls,
            FundingReads reads,
            ApplicationService applications,
            MaterialService materials,
            Directory directory,
            MessageSource messages) {
        this.calls = calls;
        this.reads = reads;
        this.applications = applications;
        this.materials = materials;
        this.directory = directory;
        this.messages = messages;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/calls")
    String list(
            @AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("calls", reads.calls(me, all, false, 0, 100));
        model.addAttribute("all", all);
        if (me != null && me.isAdmin()) {
            model.addAttribute("drafts", reads.calls(me, false, true, 0, 100));
        }
        return "funding/calls";
    }

    @GetMapping("/calls/{id}")
    String call(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("call", calls.get(me, id));
        model.addAttribute("libraries", applications.librariesOf(me));
        if (me != null) {
            model.addAttribute("applications", reads.applications(me, id, 0, 200));
        }
        return "funding/call";
    }

    @GetMapping("/funding/calls/new")
    String newCall(@AuthenticationPrincipal CurrentUser me, Model model) {
        bg.libpartners.funding.FundingReads.checkAdmin(me);
        return editor(model, CallForm.blank(), null);
    }

    @PostMapping("/funding/calls")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") CallForm form, Model model) {
        try {
            return "redirect:/calls/" + calls.create(me, form.toInput());
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            form.fill();
            return editor(model, form, null);
        }
    }

    @GetMapping("/funding/calls/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        bg.libpartners.funding.FundingReads.checkAdmin(me);
        return editor(model, CallForm.of(calls.get(me, id)), id);
    }

    @PostMapping("/funding/calls/{id}")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") CallForm form,
            Model model) {
        try {
            calls.update(me, id, form.toInput());
            return "redirect:/calls/" + id;
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            form.fill();
            return editor(model, form, id);
        }
    }

    @PostMapping("/funding/calls/{id}/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long version) {
        calls.publish(me, id, version);
        return "redirect:/calls/" + id;
    }

    @GetMapping("/funding/calls/{id}/ranking")
    String ranking(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("ranking", reads.ranking(me, id));
        return "funding/ranking";
    }

    private String editor(Model model, CallForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("callId", id);
        model.addAttribute("kinds", LibraryKind.values());
        model.addAttribute("oblastNames", new java.util.TreeMap<>(directory.oblastNames()));
        model.addAttribute(
                "materials", materials.search(null, null, PageRequest.of(0, 50)).getContent());
        return "funding/call-edit";
    }
}
