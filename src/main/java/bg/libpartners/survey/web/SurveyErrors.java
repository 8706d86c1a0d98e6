package bg.libpartners.survey.web;

import bg.libpartners.platform.ProblemWriter;
import bg.libpartners.survey.LinkExpiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A personal link whose campaign has closed: 410 Gone, with the day it closed, as a problem or a page. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyErrors {

    private final ProblemWriter problems;

    SurveyErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(LinkExpiredException.class)
    Object expired(LinkExpiredException e, HttpServletRequest request, HttpServletResponse response) {
        var problem = problems.problem(request, 410, e.getMessageKey(), e.getArgs());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(410).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var view = new ModelAndView("error/4xx");
        view.addObject("status", 410);
        view.addObject("detail", problem.getDetail());
        view.setStatus(HttpStatusCode.valueOf(410));
        return view;
    }
}
