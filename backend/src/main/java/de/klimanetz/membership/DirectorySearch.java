package de.klimanetz.membership;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The filters and sort of a network's directory, parsed from query parameters into 400s where they are wrong. */
public record DirectorySearch(String text, String municipalityKind, String conceptStatus, boolean newInOffice, String sort) {

    static final Set<String> KINDS = Set.of("GEMEINDE", "STADT", "KREISFREIE_STADT", "KREIS");
    static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PREPARATION", "ADOPTED", "IN_IMPLEMENTATION");
    static final Set<String> SORTS = Set.of("name", "municipality", "inOfficeSince");

    public static DirectorySearch parse(String q, String municipalityKind, String conceptStatus, String newInOffice, String sort) {
        List<Violation> violations = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            violations.add(new Violation("q", "violation.search-too-long"));
        }
        String kind = upper(municipalityKind);
        if (kind != null && !KINDS.contains(kind)) {
            violations.add(new Violation("municipalityKind", "violation.municipality-kind"));
        }
        String status = upper(conceptStatus);
        if (status != null && !STATUSES.contains(status)) {
            violations.add(new Violation("conceptStatus", "violation.concept-status"));
        }
        boolean onlyNew = false;
        if (newInOffice != null && !newInOffice.isBlank()) {
            if (!newInOffice.equalsIgnoreCase("true") && !newInOffice.equalsIgnoreCase("false")) {
                violations.add(new Violation("newInOffice", "violation.boolean"));
            }
            onlyNew = newInOffice.equalsIgnoreCase("true");
        }
        String order = sort == null || sort.isBlank() ? "name" : sort.strip();
        if (!SORTS.contains(order)) {
            violations.add(new Violation("sort", "violation.directory-sort"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new DirectorySearch(text, kind, status, onlyNew, order);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
