package bg.libpartners.platform.web;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.PreconditionRequiredException;
import bg.libpartners.platform.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the typed exceptions of every module into a 4xx answer in the caller's language: a problem detail for the API,
 * an error page for people.
 */
@ControllerAdvice
class ErrorHandling {

    private final ProblemWriter problems;
    private final MessageSource messages;

    ErrorHandling(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 404, e.getMessageKey(), e.getArgs(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 404, "platform.error.notFound", new Object[0], null);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 409, e.getMessageKey(), e.getArgs(), null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object lostUpdate(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 409, "platform.error.lostUpdate", new Object[0], null);
    }

    /** A unique key or foreign key the checks before it could not see (two requests racing): a conflict, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object constraint(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 409, "platform.error.constraint", new Object[0], null);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    Object versionRequired(PreconditionRequiredException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 428, e.getMessageKey(), e.getArgs(), e.getParameter());
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 400, e.getMessageKey(), e.getArgs(), e.getParameter());
    }

    /** {@code /partnerships/abc} names no record (404); a malformed query parameter is the caller's mistake (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(
            MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(request, response, 404, "platform.error.notFound", new Object[0], null);
        }
        return answer(
                request,
                response,
                400,
                "platform.error.malformedParameter",
                new Object[] {e.getName(), String.valueOf(e.getValue())},
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(
            MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(
                request,
                response,
                400,
                "platform.error.missingParameter",
                new Object[] {e.getParameterName()},
                e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 400, "platform.error.unreadableBody", new Object[0], null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 405, "platform.error.methodNotAllowed", new Object[0], null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 415, "platform.error.mediaType", new Object[0], null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 413, "platform.error.tooLarge", new Object[0], null);
    }

    /** Bean validation of a request body or query object: every invalid field named. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, "platform.error.invalid");
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> fields = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, "platform.error.invalid");
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                                "message", messages.getMessage(err, locale))))
                .toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Object answer(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String key,
            Object[] args,
            String parameter) {
        var problem = problems.problem(request, status, key, args);
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(status);
        var view = new ModelAndView(status == 404 || status == 409 ? "error/" + status : "error/4xx");
        view.addObject("status", status);
        view.addObject("detail", problem.getDetail());
        view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return view;
    }
}
