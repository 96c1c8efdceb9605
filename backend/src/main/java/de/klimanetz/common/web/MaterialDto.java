package de.klimanetz.common.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A link shown with a session or an event (the contract's Material). */
public record MaterialDto(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String url) {
}
