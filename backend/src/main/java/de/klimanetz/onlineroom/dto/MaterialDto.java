package de.klimanetz.onlineroom.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record MaterialDto(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String url) {
}
