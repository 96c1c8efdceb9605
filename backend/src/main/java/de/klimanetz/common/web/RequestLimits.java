package de.klimanetz.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.klimanetz.common.error.Problem;
import de.klimanetz.common.error.ProblemMessages;
import de.klimanetz.common.error.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request size limits answered as {@code application/problem+json} like every other error, before
 * any body is read: a body over {@code quarkus.http.limits.max-body-size} (by its Content-Length)
 * is a 413, an address longer than {@link #MAX_URI_LENGTH} characters a 414. Runs ahead of
 * Quarkus' own body limit (route order -2), which stays as the backstop for chunked bodies.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest request target (path and query) the API reads; documented in openapi.yaml. */
    public static final int MAX_URI_LENGTH = 8192;

    private final long maxBody;
    private final ObjectMapper json;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper json) {
        this.maxBody = maxBody.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, ProblemType.URI_TOO_LONG, "detail.uri-too-long");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large");
            return;
        }
        context.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed Content-Length itself
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detailKey) {
        ProblemMessages messages = ProblemMessages.forAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = context.request().path();
        Problem problem = new Problem(type.uri(), messages.title(type), type.status(),
                messages.text(detailKey, maxBody / 1024, MAX_URI_LENGTH), path == null || path.length() > 200 ? null : path, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        // the unread body may still be arriving: close the connection after answering
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(body);
    }
}
