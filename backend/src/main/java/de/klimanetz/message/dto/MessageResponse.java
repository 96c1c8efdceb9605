package de.klimanetz.message.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.message.MessageAudience;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message of the archive; lists leave out the body. */
public record MessageResponse(UUID id, UUID networkId, String subject, @JsonInclude(JsonInclude.Include.NON_NULL) String body,
                              MessageAudience audience, EventRef event, Sender sender, OffsetDateTime sentAt,
                              int recipientCount) {

    public record EventRef(UUID id, String title) {
    }

    public record Sender(UUID id, String displayName) {
    }
}
