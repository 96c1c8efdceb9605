package de.klimanetz.onlineroom.dto;

import java.time.LocalDate;
import java.util.List;

public record SessionListResponse(LocalDate from, LocalDate to, List<SessionResponse> items) {
}
