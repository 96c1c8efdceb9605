package de.klimanetz.common.text;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} in this API means "has a visible character": a name of zero-width spaces or
 * of a byte order mark alone is as blank as one of spaces. One definition for every request field
 * that carries the annotation, now and later.
 */
@ApplicationScoped
public class VisibleText implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(Validator.class);
        configuration.addMapping(mapping);
    }

    public static final class Validator implements ConstraintValidator<NotBlank, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && TextPolicy.hasVisibleCharacter(value);
        }
    }
}
