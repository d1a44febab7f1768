package io.zpl.adapters.rest;

import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every failure of the API as problem details with a stable code; never a stack trace, never 500 for bad input. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PermissionDenied.class)
    ProblemDetail permissionDenied(PermissionDenied e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.code(), e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure behind the API", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                "Something went wrong on our side; it has been logged.");
    }

    /** Spring MVC's own failures (unreadable JSON, wrong method, missing parameter…) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String code = status.value() == 400
                ? "VALIDATION_FAILED"
                : HttpStatus.valueOf(status.value()).name();
        String detail = status.value() == 400
                ? readable(ex)
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        return ResponseEntity.status(status)
                .headers(headers)
                .body(Problems.of(status, code.toUpperCase(Locale.ROOT), detail));
    }

    private static String readable(Exception ex) {
        String message = ex.getMessage();
        if (message == null || message.contains("Exception")) {
            return "The request is malformed: check the JSON body and the parameters.";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
