package bg.libpartners.funding.web;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.funding.ApplicationInput;
import bg.libpartners.funding.ApplicationService;
import bg.libpartners.funding.BudgetKind;
import bg.libpartners.funding.CallService;
import bg.libpartners.funding.DecisionService;
import bg.libpartners.funding.IneligibleApplicationException;
import bg.libpartners.funding.InvalidFundingException;
import bg.libpartners.funding.Review;
import bg.libpartners.funding.ReviewService;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Application pages: apply (library and partnership by name), the form, attachments, submission with the check
 * explained, the admin's reviewers and decision, the expert's declaration and scores.
 */
@Controller
class ApplicationController {

    private final ApplicationService applications;
    private final CallService calls;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final AccountService accounts;
    private final MessageSource messages;

    ApplicationController(
            ApplicationService applications,
            CallService calls,
            ReviewService reviews,
            DecisionService decisions,
            AccountService accounts,
            MessageSource messages) {
        this.applications = applications;
        this.calls = calls;
        this.reviews = reviews;
        this.decisions = decisions;
        this.accounts = accounts;
        this.messages = messages;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute
    void codes(Model model) {
        model.addAttribute("allTargetGroups", TargetGroup.values());
        model.addAttribute("allBenefits", Benefit.values());
        model.addAttribute("budgetKinds", BudgetKind.values());
    }

    @GetMapping("/funding/calls/{id}/apply")
    String applyForm(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long library,
            Model model) {
        var libraries = applications.librariesOf(me);
        if (libraries.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("apply: librarians only");
        }
        var form = new ApplicationForm();
        form.libraryId = library != null
                ? library
                : libraries.isEmpty() ? null : libraries.get(0).id();
        return apply(me, id, form, model);
    }

    private String apply(CurrentUser me, long callId, ApplicationForm form, Model model) {
        var libraries = applications.librariesOf(me);
        model.addAttribute("call", calls.get(me, callId));
        model.addAttribute("libraries", libraries);
        model.addAttribute(
                "partnerships", form.libraryId == null ? List.of() : applications.partnershipsOf(me, form.libraryId));
        model.addAttribute("form", form);
        return "funding/apply";
    }

    @PostMapping("/funding/calls/{id}/apply")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") ApplicationForm form,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (bg.libpartners.platform.pick.PickService.searching(request)) {
            return apply(me, id, form, model); // the partnership picker's search without script: nothing saved
        }
        try {
            var input = new ApplicationInput(
                    form.libraryId,
                    form.partnershipId,
                    form.title,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    java.math.BigDecimal.ZERO,
                    List.of(),
                    List.of(),
                    null);
            return "redirect:/funding/applications/" + applications.create(me, id, input) + "/edit";
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            return apply(me, id, form, model);
        }
    }

    @GetMapping("/funding/applications/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var a = applications.get(me, id);
        model.addAttribute("a", a);
        model.addAttribute("call", calls.get(me, a.callId()));
        if (me.isAdmin()) {
            model.addAttribute("reviews", reviews.list(me, id));
            model.addAttribute("experts", accounts.withRole(Role.EXPERT));
        }
        model.addAttribute("isReviewer", me.role() == Role.EXPERT);
        return "funding/application";
    }

    @GetMapping("/funding/applications/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var a = applications.forEdit(me, id);
        return editor(me, a, ApplicationForm.of(a), model);
    }

    private String editor(CurrentUser me, ApplicationService.ApplicationView a, ApplicationForm form, Model model) {
        var call = calls.get(me, a.callId());
        model.addAttribute("a", a);
        model.addAttribute("call", call);
        model.addAttribute("parties", applications.parties(a));
        model.addAttribute("partnerships", applications.partnershipsOf(me, a.libraryId()));
        model.addAttribute("form", form.fill(call.questions().size()));
        return "funding/application-edit";
    }

    @PostMapping("/funding/applications/{id}")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @ModelAttribute("form") ApplicationForm form,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (bg.libpartners.platform.pick.PickService.searching(request)) {
            return editor(me, applications.forEdit(me, id), form, model); // a picker's search: nothing saved
        }
        try {
            applications.update(me, id, form.toInput());
            return "redirect:/funding/applications/" + id;
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            return editor(me, applications.get(me, id), form, model);
        }
    }

    @PostMapping("/funding/applications/{id}/attachments")
    String attach(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String label,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFundingException("file", "funding.error.fileRequired");
        }
        try (var in = file.getInputStream()) {
            applications.attach(me, id, label, file.getOriginalFilename(), file.getContentType(), in);
        }
        return "redirect:/funding/applications/" + id;
    }

    @PostMapping("/funding/applications/{id}/submit")
    String submit(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            Model model) {
        try {
            applications.submit(me, id, version);
            return "redirect:/funding/applications/" + id + "?submitted";
        } catch (IneligibleApplicationException e) {
            model.addAttribute("refused", true);
            return detail(me, id, model);
        }
    }

    @PostMapping("/funding/applications/{id}/reviewers")
    String assign(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Long reviewerId) {
        reviews.assign(me, id, reviewerId);
        return "redirect:/funding/applications/" + id;
    }

    @PostMapping("/funding/applications/{id}/decision")
    String decide(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) DecisionService.Outcome outcome,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String advanceShare,
            @RequestParam(required = false) Long version) {
        decisions.decide(
                me,
                id,
                new DecisionService.DecisionInput(
                        outcome,
                        Forms.amount(amount, "amount"),
                        reason,
                        Forms.amount(advanceShare, "advanceShare"),
                        version));
        return "redirect:/funding/applications/" + id;
    }

    @GetMapping("/funding/applications/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        var mine = reviews.mine(me, id);
        model.addAttribute("review", mine);
        if (mine.status() != bg.libpartners.funding.ReviewStatus.CONFLICT) {
            var a = applications.get(me, id);
            model.addAttribute("a", a);
            model.addAttribute("call", calls.get(me, a.callId()));
        }
        return "funding/review";
    }

    @PostMapping("/funding/applications/{id}/review/declaration")
    String declare(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Boolean conflict,
            @RequestParam(required = false) String note) {
        reviews.declare(me, id, conflict, note);
        return "redirect:/funding/applications/" + id + "/review";
    }

    @PostMapping("/funding/applications/{id}/review/scores")
    String score(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        var scores = new ArrayList<Review.Score>();
        for (int i = 0; params.containsKey("score" + i); i++) {
            var typed = params.get("score" + i);
            int value;
            try {
                value = Integer.parseInt(typed.trim());
            } catch (NumberFormatException e) {
                value = 0;
            }
            scores.add(new Review.Score(i, value, params.get("comment" + i)));
        }
        try {
            reviews.score(me, id, scores, params.get("remarks"));
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            return review(me, id, model);
        }
        return "redirect:/funding/applications/" + id + "/review?scored";
    }
}
