package de.klimanetz.common.time;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date or time within the range {@link DatePolicy} gives for its kind; null passes. */
@Documented
@Constraint(validatedBy = {PlausibleDateValidator.ForDate.class, PlausibleDateValidator.ForDateTime.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    enum Kind {
        /** Meetings, events, schedules: from 2000-01-01 to ten years ahead. */
        SCHEDULE,
        /** Something that has happened: from 1950-01-01 to today. */
        PAST
    }

    Kind value();

    String message() default "{klimanetz.plausible-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
