package io.zpl.adapters.zalo.webhook;

import io.zpl.application.port.in.IngestZaloEvent;
import io.zpl.application.port.in.IngestZaloEvent.Accepted;
import io.zpl.application.port.in.IngestZaloEvent.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Zalo's webhook deliveries: the raw bytes go to the core untouched, because the signature covers them. */
@RestController
class ZaloWebhookController {

    static final String SIGNATURE_HEADER = "X-ZEvent-Signature";

    private final IngestZaloEvent ingest;

    ZaloWebhookController(IngestZaloEvent ingest) {
        this.ingest = ingest;
    }

    @PostMapping(path = "/zalo/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > IngestZaloEvent.MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // a declared length fills one array of its size; otherwise read one byte past the limit to notice it
            body = in.readNBytes(declared >= 0 ? (int) declared : IngestZaloEvent.MAX_BODY_BYTES + 1);
        }
        if (body.length > IngestZaloEvent.MAX_BODY_BYTES) {
            return tooLarge();
        }
        return switch (ingest.ingest(body, request.getHeader(SIGNATURE_HEADER))) {
            case Accepted accepted ->
                ResponseEntity.ok(new AcceptedJson(true, accepted.eventId().toString(), accepted.duplicate()));
            case Rejected rejected ->
                switch (rejected.reason()) {
                    case BAD_SIGNATURE -> problem(HttpStatus.UNAUTHORIZED, "INVALID_SIGNATURE", rejected.detail());
                    case MALFORMED -> problem(HttpStatus.BAD_REQUEST, "MALFORMED_EVENT", rejected.detail());
                    case TOO_OLD -> problem(HttpStatus.BAD_REQUEST, "EVENT_TOO_OLD", rejected.detail());
                    case TOO_FAR_AHEAD ->
                        problem(HttpStatus.BAD_REQUEST, "EVENT_TIMESTAMP_IN_FUTURE", rejected.detail());
                    case TOO_LARGE -> tooLarge();
                };
        };
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "PAYLOAD_TOO_LARGE",
                "The body is larger than " + IngestZaloEvent.MAX_BODY_BYTES / 1024 + " KiB.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:problem:zalo-partner-links:"
                + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record AcceptedJson(boolean accepted, String eventId, boolean duplicate) {}
}
