package io.zpl.adapters.rest;

import io.zpl.application.port.in.Conflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A use case refused because of the state of the data: 409 with the use case's code (e.g. MERGE_STALE_PREVIEW). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConflictHandler {

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }
}
