package de.klimanetz.network.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a network. */
public record NetworkRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String region,
        @NotNull @Valid OrganizerDto organizer,
        @NotBlank @Size(max = 2000) String eligibility) {
}
