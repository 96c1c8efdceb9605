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

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    private ProblemException(ProblemType type, List<Violation> violations, String detailKey, Object... detailArgs) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detailKey, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, detailKey, args);
    }

    /** Invalid input found outside bean validation (query parameters, path ids); messages are keys. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, violations, "detail.validation");
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
