package de.klimanetz.common.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link PlausibleDate}; the message names the allowed range. */
public final class PlausibleDateValidator {

    private PlausibleDateValidator() {
    }

    static boolean check(PlausibleDate.Kind kind, LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate earliest = kind == PlausibleDate.Kind.SCHEDULE ? DatePolicy.SCHEDULE_EARLIEST : DatePolicy.PAST_EARLIEST;
        LocalDate latest = kind == PlausibleDate.Kind.SCHEDULE ? DatePolicy.scheduleLatest() : DatePolicy.today();
        if (!date.isBefore(earliest) && !date.isAfter(latest)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("earliest", earliest.toString())
                .addMessageParameter("latest", latest.toString());
        return false;
    }

    public static final class ForDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        private PlausibleDate.Kind kind;

        @Override
        public void initialize(PlausibleDate annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return check(kind, value, context);
        }
    }

    public static final class ForDateTime implements ConstraintValidator<PlausibleDate, OffsetDateTime> {
        private PlausibleDate.Kind kind;

        @Override
        public void initialize(PlausibleDate annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return check(kind, value == null ? null : value.atZoneSameInstant(DatePolicy.BERLIN).toLocalDate(), context);
        }
    }
}
