package de.klimanetz.event.dto;

import jakarta.validation.constraints.NotNull;

public record EventAttendanceRequest(@NotNull Outcome status) {

    public enum Outcome {
        ATTENDED,
        NO_SHOW
    }
}
