package de.klimanetz.common.web;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.text.TextPolicy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every API request makes before a resource sees it, so that no operation, present or
 * future, has to remember them:
 * <ul>
 *   <li>query parameters are text by {@link TextPolicy} (well-formed UTF-8 after percent-decoding,
 *       no NUL or other control characters, no unpaired surrogates), else a 400 naming the parameter;</li>
 *   <li>an operation that reads a body needs a {@code Content-Type}: without one it is a 415, never a guess;</li>
 *   <li>typed path and query parameters ({@link TypedParams}) convert, else one 400 naming every bad
 *       parameter (the REST layer would stop at the first one).</li>
 * </ul>
 */
public class RequestChecks {

    @ServerRequestFilter(preMatching = true)
    public void queryIsText(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            Optional<String> name = decode(rawName);
            String field = name.filter(n -> TextPolicy.flaw(n).isEmpty()).orElse("query");
            Optional<String> value = decode(rawValue);
            if (name.isEmpty() || value.isEmpty()) {
                violations.add(new Violation(field, TextPolicy.Flaw.INVALID_UTF8.messageKey));
                continue;
            }
            TextPolicy.flaw(name.get()).or(() -> TextPolicy.flaw(value.get()))
                    .ifPresent(flaw -> violations.add(new Violation(field, flaw.messageKey)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    @ServerRequestFilter
    public void bodyHasContentType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getMediaType() != null) {
            return;
        }
        boolean readsBody = method.isAnnotationPresent(Consumes.class)
                || (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Consumes.class));
        if (readsBody) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
        }
    }

    @ServerRequestFilter
    public void parametersConvert(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        Object[] args = new Object[0];
        for (Param param : PARAMS.computeIfAbsent(method, RequestChecks::typedParams)) {
            String value = param.path()
                    ? request.getUriInfo().getPathParameters().getFirst(param.name())
                    : request.getUriInfo().getQueryParameters().getFirst(param.name());
            try {
                param.conversion().convert(value);
            } catch (ProblemException e) {
                violations.addAll(e.violations());
                if (e.violationArgs().length > 0) {
                    args = e.violationArgs();
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations, args);
        }
    }

    private record Param(String name, boolean path, TypedParams.Conversion conversion) {
    }

    private static final Map<Method, List<Param>> PARAMS = new ConcurrentHashMap<>();

    private static List<Param> typedParams(Method method) {
        List<Param> params = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            Optional<TypedParams.Conversion> conversion = TypedParams.conversion(types[i], annotations[i]);
            if (conversion.isPresent()) {
                PathParam path = find(annotations[i], PathParam.class);
                String name = path != null ? path.value() : find(annotations[i], QueryParam.class).value();
                params.add(new Param(name, path != null, conversion.get()));
            }
        }
        return List.copyOf(params);
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation annotation : annotations) {
            if (type.isInstance(annotation)) {
                return type.cast(annotation);
            }
        }
        return null;
    }

    /** Percent-decoding ({@code +} is a space) followed by strict UTF-8 decoding; empty if either fails. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        byte[] decoded = bytes.toByteArray();
        return TextPolicy.decodeUtf8(decoded, 0, decoded.length);
    }
}
