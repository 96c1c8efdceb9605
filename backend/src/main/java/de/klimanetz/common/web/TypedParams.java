package de.klimanetz.common.web;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.time.DatePolicy;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way path and query parameters become values: {@link UUID} (canonical form only),
 * {@link LocalDate} (ISO, within {@link DatePolicy}), {@link OffsetDateTime} ({@code updatedSince}),
 * {@link Boolean} ({@code true}/{@code false}, any case) and enums marked {@link ParamEnum}.
 * Resources declare parameters with these types; nothing parses text by hand.
 *
 * <p>A value that does not convert is a 400 naming the parameter. {@link RequestChecks} converts
 * every typed parameter of the matched operation before the REST layer does, so that all bad
 * parameters are named in one answer; should the REST layer's own conversion still fail, it wraps
 * the problem in a 404 (JAX-RS' rule for path and query parameters), and {@code ProblemMappers}
 * answers the problem inside instead. Query values are stripped and an empty one counts as absent
 * (null); path values are taken as they are.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    /** Converts one parameter's text; throws a {@link ProblemException} naming it. */
    public interface Conversion {
        Object convert(String value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return conversion(rawType, annotations).<ParamConverter<T>>map(conversion -> new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return (T) conversion.convert(value);
            }

            @Override
            public String toString(T value) {
                return value instanceof ParamEnum.Wire wire ? wire.wire() : String.valueOf(value);
            }
        }).orElse(null);
    }

    /** The conversion of a path or query parameter of this type, if the type is one of the typed ones. */
    public static Optional<Conversion> conversion(Class<?> type, Annotation[] annotations) {
        String name = null;
        boolean path = false;
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                name = p.value();
                path = true;
            } else if (annotation instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        Conversion conversion = conversion(type, name);
        if (conversion == null) {
            return Optional.empty();
        }
        if (path) {
            return Optional.of(value -> value == null ? null : conversion.convert(value));
        }
        return Optional.of(value -> value == null || value.isBlank() ? null : conversion.convert(value.strip()));
    }

    private static Conversion conversion(Class<?> type, String name) {
        if (type == UUID.class) {
            return value -> uuid(name, value);
        }
        if (type == LocalDate.class) {
            return value -> date(name, value);
        }
        if (type == OffsetDateTime.class) {
            return value -> {
                try {
                    return OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid(name, "violation.updated-since");
                }
            };
        }
        if (type == Boolean.class) {
            return value -> {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value.equalsIgnoreCase("true"));
                }
                throw ProblemException.invalid(name, "violation.boolean");
            };
        }
        if (type.isEnum() && type.isAnnotationPresent(ParamEnum.class)) {
            ParamEnum rules = type.getAnnotation(ParamEnum.class);
            Object[] constants = type.getEnumConstants();
            return value -> {
                for (Object constant : constants) {
                    String wire = constant instanceof ParamEnum.Wire w ? w.wire() : ((Enum<?>) constant).name();
                    if (rules.ignoreCase() ? wire.equalsIgnoreCase(value) : wire.equals(value)) {
                        return constant;
                    }
                }
                throw ProblemException.invalid(name, rules.violation());
            };
        }
        return null;
    }

    /** A UUID in canonical form: {@code UUID.fromString} also takes abbreviations like "1-1-1-1-1", which are no ids. */
    public static UUID uuid(String name, String value) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // the problem below
        }
        throw ProblemException.invalid(List.of(new Violation(name, "violation.not-a-uuid")));
    }

    private static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new Violation(name, "violation.date")));
        }
        if (!DatePolicy.isRepresentable(date)) {
            throw ProblemException.invalid(name, "violation.date-range", DatePolicy.EARLIEST, DatePolicy.LATEST);
        }
        return date;
    }
}
