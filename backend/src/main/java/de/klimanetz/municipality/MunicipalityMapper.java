package de.klimanetz.municipality;

import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.municipality.dto.MunicipalityResponse;

final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    static MunicipalityResponse toResponse(Municipality municipality) {
        Municipality parent = municipality.parent;
        return new MunicipalityResponse(
                municipality.id,
                municipality.name,
                municipality.kind,
                municipality.officialKey,
                municipality.federalState,
                parent == null ? null : new MunicipalityRef(parent.id, parent.name, parent.officialKey),
                municipality.createdAt,
                municipality.updatedAt);
    }
}
