package de.klimanetz.upcoming.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.onlineroom.dto.SessionResponse;
import java.util.UUID;

/** One entry of a person's agenda: an online session or an on-site event. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpcomingItem(String kind, UUID networkId, String networkName, UUID roomId, String roomTitle, String joinUrl,
                           String accessCode, String dialIn, SessionResponse session, UpcomingEvent event) {

    public static final String ONLINE_SESSION = "ONLINE_SESSION";
    public static final String ON_SITE_EVENT = "ON_SITE_EVENT";
}
