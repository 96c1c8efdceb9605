package de.klimanetz.common.web;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its row version; an update must
 * name the version it was based on in {@code If-Match} (RFC 9110 section 13.1.1).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Throws 428 when If-Match is missing and 412 when it names another version. {@code *} names
     * no version, so it counts as missing: every change must say which version it is based on.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
        }
        String current = of(currentVersion).toString();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals(current));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.precondition-failed");
        }
    }
}
