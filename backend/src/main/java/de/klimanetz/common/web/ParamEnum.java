package de.klimanetz.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum that path and query parameters may be typed with (see {@link TypedParams}): the
 * value on the wire is the constant's name, or its {@link Wire#wire()} if it has one. A value that
 * is none of them is a 400 naming the parameter, with the message {@link #violation()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParamEnum {

    /** Message key of the violation; it lists the allowed values. */
    String violation();

    /** Whether {@code confirmed} counts as {@code CONFIRMED}. */
    boolean ignoreCase() default false;

    /** An enum whose wire name differs from its constant's name ({@code inOfficeSince}, {@code event.created}). */
    interface Wire {
        String wire();
    }
}
