package io.zpl.adapters.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Problem details written before a controller runs: by the security filters, for 401 and 403. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Zalo Partner Links\"");
        write(
                response,
                401,
                "Unauthorized",
                "UNAUTHENTICATED",
                "Sign in with a valid user name and password (HTTP Basic).");
    }

    public static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "Forbidden", "FORBIDDEN", "Your account may not do this.");
    }

    static void write(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + Problems.type(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\""
                        + code
                        + "\"}");
    }
}
