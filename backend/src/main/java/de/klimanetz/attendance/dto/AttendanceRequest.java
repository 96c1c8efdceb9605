package de.klimanetz.attendance.dto;

import de.klimanetz.onlineroom.AttendanceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record AttendanceRequest(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull Entry> entries) {

    /** One person's status; null removes the record. */
    public record Entry(@NotNull UUID participantId, AttendanceStatus status) {
    }
}
