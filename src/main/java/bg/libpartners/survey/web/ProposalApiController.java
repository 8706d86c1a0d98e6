package bg.libpartners.survey.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.survey.ProposalService;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partners from answers that matched nothing in the directory: the coordinator confirms, merges or rejects them. */
@RestController
@RequestMapping("/api/v1/survey-proposals")
class ProposalApiController {

    private final ProposalService proposals;

    ProposalApiController(ProposalService proposals) {
        this.proposals = proposals;
    }

    record MergeRequest(Long organisationId) {}

    @GetMapping
    ApiPage<ProposalService.Proposal> open(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return SurveyApiController.page(proposals.open(me), page, size);
    }

    @PostMapping("/{id}/confirm")
    Map<String, Long> confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return Map.of("organisationId", proposals.confirm(me, id));
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<Void> merge(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody MergeRequest request) {
        if (request == null || request.organisationId() == null) {
            throw new bg.libpartners.survey.InvalidCampaignException("organisationId", "survey.error.mergeUnknown", "");
        }
        proposals.merge(me, id, request.organisationId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<Void> reject(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        proposals.reject(me, id);
        return ResponseEntity.noContent().build();
    }
}
