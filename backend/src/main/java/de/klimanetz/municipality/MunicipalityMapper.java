package de.klimanetz.municipality;

import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.municipality.dto.MunicipalityResponse;

public final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    static MunicipalityResponse toResponse(Municipality municipality) {
        return new MunicipalityResponse(
                municipality.id,
                municipality.name,
                municipality.kind,
                municipality.officialKey,
                municipality.federalState,
                toRef(municipality.parent),
                municipality.createdAt,
                municipality.updatedAt);
    }

    /** A short reference, or null for no municipality. */
    public static MunicipalityRef toRef(Municipality municipality) {
        return municipality == null ? null : new MunicipalityRef(municipality.id, municipality.name, municipality.officialKey);
    }
}
