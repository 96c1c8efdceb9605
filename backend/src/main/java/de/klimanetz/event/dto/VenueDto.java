package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VenueDto(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String street,
        @Pattern(regexp = "[0-9]{5}", message = "{klimanetz.postal-code}") String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 200) String room,
        @Size(max = 2000) String accessibilityNotes,
        @Size(max = 2000) String directions) {
}
