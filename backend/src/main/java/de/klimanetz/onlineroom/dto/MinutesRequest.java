package de.klimanetz.onlineroom.dto;

import de.klimanetz.onlineroom.MinutesStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record MinutesRequest(@NotBlank @Size(max = 50000) String markdown, @NotNull MinutesStatus status) {
}
