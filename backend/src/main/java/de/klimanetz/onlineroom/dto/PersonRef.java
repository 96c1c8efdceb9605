package de.klimanetz.onlineroom.dto;

import java.util.UUID;

public record PersonRef(UUID id, String displayName) {
}
