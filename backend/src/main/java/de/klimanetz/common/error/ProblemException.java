package de.klimanetz.common.error;

import java.util.List;

/**
 * A domain failure that the API reports as a problem. The detail is a message key in
 * {@code problems*.properties} with its arguments, so that the answer follows the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<Violation> violations;
    private final transient Object[] violationArgs;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    private ProblemException(ProblemType type, List<Violation> violations, String detailKey, Object... detailArgs) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = List.copyOf(violations);
        this.violationArgs = new Object[0];
    }

    private ProblemException(List<Violation> violations, Object[] args) {
        super(ProblemType.VALIDATION.slug() + ": " + violations.get(0).message(), null, false, false);
        this.type = ProblemType.VALIDATION;
        this.detailKey = "detail.validation";
        this.detailArgs = new Object[0];
        this.violations = List.copyOf(violations);
        this.violationArgs = args;
    }

    public static ProblemException notFound(String detailKey, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, detailKey, args);
    }

    /** Invalid input found outside bean validation (query parameters, path ids); messages are keys. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, violations, "detail.validation");
    }

    /** One invalid field whose message key takes arguments (e.g. the unsupported part of a rule). */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return new ProblemException(List.of(new Violation(field, messageKey)), args);
    }

    /** Several invalid fields, of which at most one has a message key with arguments. */
    public static ProblemException invalid(List<Violation> violations, Object[] args) {
        return new ProblemException(violations, args);
    }

    /** Arguments of the violation messages' keys; the same for each (there is at most one with arguments). */
    public Object[] violationArgs() {
        return violationArgs;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    /** Violations whose message is a key in {@code problems*.properties}. */
    public List<Violation> violations() {
        return violations;
    }
}
