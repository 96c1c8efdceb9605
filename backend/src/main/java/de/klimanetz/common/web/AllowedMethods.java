package de.klimanetz.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods an address really answers, from the resources' own {@code @Path} and method
 * annotations: {@code OPTIONS} lists exactly those in {@code Allow} (the REST layer's default lists
 * every method of the resource class, also those of other addresses), and so does a 405.
 */
@Singleton
@Startup
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods() {
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(pattern(base.value() + "/" + (sub == null ? "" : sub.value())), verb));
                }
            }
        }
    }

    /** Allowed methods of a request path, with HEAD for GET and OPTIONS; empty if no resource answers it. */
    public Set<String> of(String requestPath) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(requestPath).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = of(request.getUriInfo().getPath());
        return allowed.isEmpty() ? null : Response.noContent().allow(allowed).build();
    }

    private static Pattern pattern(String template) {
        String path = template.replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
