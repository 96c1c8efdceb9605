package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventHostResponse(MunicipalityRef municipality, PersonRef participant) {
}
