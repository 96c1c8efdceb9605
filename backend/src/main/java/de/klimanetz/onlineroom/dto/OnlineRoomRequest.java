package de.klimanetz.onlineroom.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record OnlineRoomRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotBlank @Size(max = 2000) String joinUrl,
        @Size(max = 100) String accessCode,
        @Size(max = 500) String dialIn,
        @Size(max = 20) List<@NotNull UUID> moderatorIds,
        @Valid @NotNull ScheduleRequest schedule) {
}
