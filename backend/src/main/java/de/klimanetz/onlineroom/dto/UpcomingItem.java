package de.klimanetz.onlineroom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpcomingItem(String kind, UUID networkId, String networkName, UUID roomId, String roomTitle, String joinUrl,
                           String accessCode, String dialIn, SessionResponse session) {

    public static final String ONLINE_SESSION = "ONLINE_SESSION";
}
