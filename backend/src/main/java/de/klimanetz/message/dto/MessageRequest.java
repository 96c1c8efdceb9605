package de.klimanetz.message.dto;

import de.klimanetz.message.MessageAudience;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A message to send: a one-line subject, a Markdown body, and who gets it (eventId for EVENT_REGISTRANTS). */
public record MessageRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String body,
                             @NotNull MessageAudience audience, UUID eventId) {
}
