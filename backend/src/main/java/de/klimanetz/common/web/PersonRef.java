package de.klimanetz.common.web;

import java.util.UUID;

/** Who did something (recorded attendance, wrote minutes, changed a concept): the contract's PersonRef. */
public record PersonRef(UUID id, String displayName) {
}
