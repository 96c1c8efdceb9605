package de.klimanetz.onlineroom.dto;

import java.util.List;

public record UpcomingList(List<UpcomingItem> items) {
}
