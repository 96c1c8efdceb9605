package de.klimanetz.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.klimanetz.common.json.RejectedValueException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json} answers (RFC 9457).
 * Nothing else in the API builds error responses; no stack trace or class name ever leaves it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"klimanetz\"";

    @ServerExceptionMapper
    public Response domain(ProblemException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        List<Violation> violations = e.violations().stream()
                .map(v -> new Violation(v.field(), messages.text(v.message(), e.violationArgs())))
                .toList();
        return respond(e.type(), messages, messages.text(e.detailKey(), e.detailArgs()), uri, violations);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return respond(ProblemType.VALIDATION, messages, messages.text("detail.validation"), uri, violations);
    }

    // Listed one by one: Quarkus brings its own mappers for the more specific Jackson exceptions,
    // and the closest declared type wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return respond(ProblemType.VALIDATION, messages, messages.text("detail.validation"), uri,
                    List.of(new Violation(duplicate, messages.text("violation.duplicate-field"))));
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
            return respond(ProblemType.VALIDATION, messages, messages.text("detail.validation"), uri,
                    List.of(new Violation(field.isEmpty() ? "body" : field, messages.text("violation.too-long"))));
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return respond(ProblemType.VALIDATION, messages, messages.text("detail.malformed-json"), uri,
                    List.of(new Violation("body", messages.text("detail.malformed-json"))));
        }
        String field = jsonPath(mapping);
        String message;
        if (e instanceof RejectedValueException rejected) {
            message = messages.text(rejected.messageKey(), rejected.args());
        } else if (e.getCause() instanceof RejectedValueException rejected) {
            message = messages.text(rejected.messageKey(), rejected.args());
        } else if (e.getCause() instanceof InputCoercionException) {
            message = messages.text("violation.number-range");
        } else if (e instanceof UnrecognizedPropertyException) {
            message = messages.text("violation.unknown-field");
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            message = messages.text("violation.one-of", java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        } else if (e instanceof MismatchedInputException) {
            message = messages.text("violation.wrong-type");
        } else {
            message = messages.text("detail.malformed-json");
        }
        return respond(ProblemType.VALIDATION, messages, messages.text("detail.validation"), uri,
                List.of(new Violation(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        boolean tokenPresented = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        String detail = messages.text(tokenPresented ? "detail.invalid-token" : "detail.unauthorized");
        String challenge = tokenPresented ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE;
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, messages, detail, uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        return respond(ProblemType.FORBIDDEN, messages, messages.text("detail.forbidden"), uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        return respond(ProblemType.PRECONDITION_FAILED, messages, messages.text("detail.precondition-failed"), uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, headers, uri);
        }
        // a typed path or query parameter that does not convert: JAX-RS wraps that in a 404, the
        // answer is the 400 naming the parameter (see TypedParams)
        if (e.getCause() instanceof ProblemException problem) {
            return domain(problem, headers, uri);
        }
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> respond(ProblemType.VALIDATION, messages, messages.text("detail.malformed-json"), uri,
                    List.of(new Violation("body", messages.text("detail.malformed-json"))));
            case 401 -> unauthorized(e, headers, uri);
            case 403 -> respond(ProblemType.FORBIDDEN, messages, messages.text("detail.forbidden"), uri, null);
            // the REST layer says 404 when the address exists but not with this method: that is a 405
            case 404 -> allowed(uri, java.util.Set.of()).isEmpty()
                    ? respond(ProblemType.NOT_FOUND, messages, messages.text("detail.no-such-resource"), uri, null)
                    : Response.fromResponse(respond(ProblemType.METHOD_NOT_ALLOWED, messages,
                            messages.text("detail.method-not-allowed"), uri, null)).allow(allowed(uri, java.util.Set.of())).build();
            case 405 -> Response.fromResponse(respond(ProblemType.METHOD_NOT_ALLOWED, messages,
                            messages.text("detail.method-not-allowed"), uri, null))
                    .allow(allowed(uri, e.getResponse().getAllowedMethods())).build();
            case 413 -> respond(ProblemType.PAYLOAD_TOO_LARGE, messages, messages.text("detail.payload-too-large"), uri, null);
            case 406 -> respond(ProblemType.NOT_ACCEPTABLE, messages, messages.text("detail.not-acceptable"), uri, null);
            case 415 -> respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, messages, messages.text("detail.unsupported-media-type"), uri, null);
            default -> status >= 500 ? unexpected(e, headers, uri) : respondWithStatus(status, e.getMessage(), uri);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (Outages.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e);
            ProblemMessages messages = ProblemMessages.forRequest(headers);
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE, messages,
                            messages.text("detail.service-unavailable"), uri, null))
                    .header(HttpHeaders.RETRY_AFTER, Outages.RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        ProblemMessages messages = ProblemMessages.forRequest(headers);
        return respond(ProblemType.INTERNAL, messages, messages.text("detail.internal", errorId), uri, null);
    }

    /** What the address really answers (see AllowedMethods), else what the REST layer said. */
    private static java.util.Set<String> allowed(UriInfo uri, java.util.Set<String> fallback) {
        java.util.Set<String> allowed = uri == null ? java.util.Set.of()
                : io.quarkus.arc.Arc.container().instance(de.klimanetz.common.web.AllowedMethods.class).get().of(uri.getPath());
        return allowed.isEmpty() ? fallback : allowed;
    }

    private static Response respond(ProblemType type, ProblemMessages messages, String detail, UriInfo uri, List<Violation> violations) {
        Problem problem = new Problem(type.uri(), messages.title(type), type.status(), detail, instance(uri),
                violations == null || violations.isEmpty() ? null : violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response respondWithStatus(int status, String detail, UriInfo uri) {
        Problem problem = new Problem("about:blank", Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, instance(uri), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.request.organizer.contactEmail" -> "organizer.contactEmail", list elements as "topics[0]"; a null body -> "body". */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                continue;
            }
            if (!afterParameter || node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && !names.isEmpty()) {
                // "topics.<list element>[0]" -> "topics[0]"
                String position = node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                names.set(names.size() - 1, names.get(names.size() - 1) + position);
            } else if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** The key of a JSON object that appears twice ("Duplicate field 'x'" from the strict parser), else null. */
    private static String duplicateKey(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t instanceof JsonProcessingException json ? json.getOriginalMessage() : null;
            if (message != null && message.startsWith("Duplicate field '")) {
                String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
                String prefix = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
                return prefix.isEmpty() ? name : prefix + "." + name;
            }
        }
        return null;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
