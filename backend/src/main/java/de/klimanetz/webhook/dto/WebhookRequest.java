package de.klimanetz.webhook.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where to send which changes; enabled false pauses it (true again resumes and forgets past failures). */
public record WebhookRequest(@NotBlank @Size(max = 2000) String url,
                             @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 60) String> eventTypes,
                             @Size(max = 500) String description, Boolean enabled) {
}
