package de.klimanetz.municipality.dto;

import java.util.UUID;

/** A short reference to a municipality, e.g. the Kreis a Gemeinde belongs to. */
public record MunicipalityRef(UUID id, String name, String officialKey) {
}
