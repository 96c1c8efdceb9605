package de.klimanetz.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Idempotency-Key on POST (IETF draft-ietf-httpapi-idempotency-key-header): the first answer to a
 * key is kept for 24 hours per caller; the same request under the same key gets that answer again
 * (status, body, Location, ETag) without running twice; another request under a used key is a 422;
 * a request while the first one with its key still runs is a 409. A request that fails releases
 * its key, so that it can be retried.
 */
@IdempotentPost
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag", "Content-Type");

    private final IdempotencyKeys keys;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    IdempotencyInterceptor(IdempotencyKeys keys, HttpHeaders headers, UriInfo uri, SecurityIdentity identity, ObjectMapper json) {
        this.keys = keys;
        this.headers = headers;
        this.uri = uri;
        this.identity = identity;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        String raw = context.getMethod().isAnnotationPresent(POST.class) ? headers.getHeaderString(HEADER) : null;
        if (raw == null) {
            return context.proceed();
        }
        String key = parse(raw);
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        IdempotencyKeys.Outcome outcome = keys.begin(caller, key, hash(context.getParameters()));
        if (outcome instanceof IdempotencyKeys.Mismatch) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotency-key-reused");
        }
        if (outcome instanceof IdempotencyKeys.InProgress) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.idempotency-key-in-progress");
        }
        if (outcome instanceof IdempotencyKeys.Replay replay) {
            return replay(replay);
        }
        Object result;
        try {
            result = context.proceed();
        } catch (Exception | Error e) {
            keys.release(caller, key);
            throw e;
        }
        if (result instanceof Response response && response.getStatus() < 300) {
            keys.complete(caller, key, response.getStatus(), keptHeaders(response), body(response));
        } else {
            keys.release(caller, key);
        }
        return result;
    }

    /** A structured-field string ("...") or the bare token. */
    private static String parse(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!KEY.matcher(value).matches()) {
            throw ProblemException.invalid(HEADER, "violation.idempotency-key");
        }
        return value;
    }

    /** The request as the endpoint sees it: path, query and its parameters (the body as parsed). */
    private String hash(Object[] parameters) throws JsonProcessingException, NoSuchAlgorithmException {
        List<Object> relevant = java.util.Arrays.stream(parameters).filter(IdempotencyInterceptor::isRequestData).toList();
        String request = "POST " + uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery() + "\n"
                + json.writeValueAsString(relevant);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isRequestData(Object parameter) {
        return parameter == null || parameter instanceof CharSequence || parameter instanceof Number || parameter instanceof Boolean
                || parameter instanceof Enum || parameter instanceof Record || parameter instanceof Map
                || parameter instanceof Collection;
    }

    private String keptHeaders(Response response) throws JsonProcessingException {
        ObjectNode kept = json.createObjectNode();
        for (String name : KEPT_HEADERS) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                kept.put(name, value.toString());
            }
        }
        return json.writeValueAsString(kept);
    }

    private String body(Response response) throws JsonProcessingException {
        return response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
    }

    private Response replay(IdempotencyKeys.Replay replay) throws JsonProcessingException {
        Response.ResponseBuilder builder = Response.status(replay.status());
        if (replay.headersJson() != null) {
            json.readTree(replay.headersJson()).fields()
                    .forEachRemaining(header -> builder.header(header.getKey(), header.getValue().asText()));
        }
        if (replay.body() != null) {
            builder.entity(replay.body()).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }
}
