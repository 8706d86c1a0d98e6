package bg.libpartners.survey.web;

import bg.libpartners.platform.ProblemWriter;
import bg.libpartners.survey.InvalidAnswerException;
import bg.libpartners.survey.LinkExpiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A personal link whose campaign has closed: 410 Gone, with the day it closed, as a problem or a page. Wrong answers
 * or builder fields over the API: 400 naming the first field in {@code parameter} and every one in {@code errors}
 * ({@code field}, {@code message} in the caller's language), the shape bean validation answers with.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyErrorHandling {

    private final ProblemWriter problems;
    private final MessageSource messages;

    SurveyErrorHandling(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidAnswerException.class)
    Object invalid(InvalidAnswerException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, e.getMessageKey(), e.getArgs());
        problem.setProperty("parameter", e.getParameter());
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p ->
                        Map.of("field", p.field(), "message", messages.getMessage(p.key(), p.args(), p.key(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(400)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var view = new ModelAndView("error/4xx");
        view.addObject("status", 400);
        view.addObject("detail", problem.getDetail());
        view.setStatus(HttpStatusCode.valueOf(400));
        return view;
    }

    @ExceptionHandler(LinkExpiredException.class)
    Object expired(LinkExpiredException e, HttpServletRequest request, HttpServletResponse response) {
        var problem = problems.problem(request, 410, e.getMessageKey(), e.getArgs());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(410)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var view = new ModelAndView("error/4xx");
        view.addObject("status", 410);
        view.addObject("detail", problem.getDetail());
        view.setStatus(HttpStatusCode.valueOf(410));
        return view;
    }
}
