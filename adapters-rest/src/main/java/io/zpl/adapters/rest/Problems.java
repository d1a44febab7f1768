package io.zpl.adapters.rest;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with the stable {@code code} that API clients switch on. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type(code)));
        problem.setProperty("code", code);
        return problem;
    }

    static String type(String code) {
        return "urn:problem:zalo-partner-links:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
