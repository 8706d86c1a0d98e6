package bg.libpartners.funding.web;

import bg.libpartners.funding.IneligibleApplicationException;
import bg.libpartners.funding.InvalidFundingException;
import bg.libpartners.platform.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The funding API's own problem details: 422 listing each failed eligibility rule with its reason, and 400 listing
 * every invalid field (the house's handler names only the first), both in the caller's language.
 */
@RestControllerAdvice(
        assignableTypes = {
            CallApiController.class,
            ApplicationApiController.class,
            GrantApiController.class,
            PortfolioApiController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class FundingProblemHandling {

    private final ProblemWriter problems;
    private final MessageSource messages;

    FundingProblemHandling(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(IneligibleApplicationException.class)
    ResponseEntity<ProblemDetail> ineligible(IneligibleApplicationException e, HttpServletRequest request) {
        var problem = problems.problem(request, 422, "funding.error.ineligible");
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> rules = e.failed().stream()
                .map(r -> Map.of(
                        "rule",
                        r.code(),
                        "message",
                        messages.getMessage(r.messageKey(), r.args().toArray(), r.code(), locale)))
                .toList();
        problem.setProperty("errors", rules);
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(InvalidFundingException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFundingException e, HttpServletRequest request) {
        var first = e.problems().get(0);
        var problem = problems.problem(request, 400, first.key(), first.args());
        problem.setProperty("parameter", first.field());
        var locale = LocaleContextHolder.getLocale();
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of(
                                "field", p.field(), "message", messages.getMessage(p.key(), p.args(), p.key(), locale)))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
