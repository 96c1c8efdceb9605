package de.klimanetz.membership.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Counts of a network for its dashboard; every category is listed, zeros included, so charts keep their axes. */
public record NetworkStats(
        long members,
        long newInOffice,
        List<Count> membersByMunicipalityKind,
        List<Count> municipalitiesByConceptStatus,
        List<Newcomer> newcomers) {

    public record Count(String key, long count) {
    }

    public record Newcomer(UUID participantId, String displayName, String municipalityName, LocalDate inOfficeSince) {
    }
}
