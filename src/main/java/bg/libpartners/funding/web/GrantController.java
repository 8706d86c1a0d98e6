package bg.libpartners.funding.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.funding.GrantService;
import bg.libpartners.funding.InvalidFundingException;
import bg.libpartners.funding.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The grant's page: the agreement, tranches (the admin records payments), reports (sent by the library, reviewed by the admin). */
@Controller
class GrantController {

    private final GrantService grants;
    private final MessageSource messages;

    GrantController(GrantService grants, MessageSource messages) {
        this.grants = grants;
        this.messages = messages;
    }

    @GetMapping("/funding/grants/{id}")
    String grant(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("g", grants.get(me, id));
        model.addAttribute("kinds", Report.Kind.values());
        return "funding/grant";
    }

    @PostMapping("/funding/grants/{id}/tranches/{seq}/payment")
    String pay(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable int seq,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {
        grants.pay(me, id, seq, paidOn);
        return "redirect:/funding/grants/" + id;
    }

    @PostMapping("/funding/grants/{id}/reports")
    String report(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model) {
        var spending = new ArrayList<Report.Spending>();
        var reached = new ArrayList<Report.Reached>();
        try {
            for (int i = 0; params.containsKey("actual" + i); i++) {
                var amount = Forms.amount(params.get("actual" + i), "spending[" + i + "].actual");
                if (amount != null) {
                    spending.add(new Report.Spending(i, amount));
                }
            }
            for (int i = 0; params.containsKey("reached" + i); i++) {
                var value = Forms.amount(params.get("reached" + i), "reached[" + i + "].value");
                if (value != null) {
                    reached.add(new Report.Reached(i, value));
                }
            }
            Report.Kind kind = null;
            if (params.get("kind") != null && !params.get("kind").isBlank()) {
                kind = Report.Kind.valueOf(params.get("kind"));
            }
            grants.report(
                    me, id, new GrantService.ReportInput(kind, params.get("narrative"), spending, reached), files);
        } catch (InvalidFundingException e) {
            Forms.errors(model, e, messages);
            model.addAttribute("typed", params);
            return grant(me, id, model);
        }
        return "redirect:/funding/grants/" + id;
    }

    @PostMapping("/funding/grants/{id}/reports/{reportId}/review")
    String review(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long reportId,
            @RequestParam(required = false) Boolean accept,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version) {
        grants.review(me, id, reportId, accept, note, version);
        return "redirect:/funding/grants/" + id;
    }

    @GetMapping("/funding/grants/{id}/reports/{reportId}/files/{index}")
    ResponseEntity<StreamingResponseBody> file(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable long reportId,
            @PathVariable int index) {
        var f = grants.file(me, id, reportId, index);
        return Downloads.file(f, grants.open(f));
    }
}
