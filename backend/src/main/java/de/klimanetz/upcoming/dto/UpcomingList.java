package de.klimanetz.upcoming.dto;

import java.util.List;

public record UpcomingList(List<UpcomingItem> items) {
}
