package de.klimanetz.onlineroom;

import de.klimanetz.common.web.PersonRef;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.onlineroom.dto.MinutesResponse;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.onlineroom.dto.MinutesRequest;
import jakarta.enterprise.context.ApplicationScoped;
import de.klimanetz.changes.ChangeType;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** Minutes of a session: drafts for those who manage the network, published ones for its members. */
@ApplicationScoped
public class MinutesService {

    private final OnlineRoomService rooms;
    private final SessionService sessions;
    private final SessionOverrideRepository overrides;
    private final SessionMinutesRepository minutes;
    private final NetworkAccess access;
    private final Event<MinutesPublished> published;
    private final RoomChanges changes;

    MinutesService(OnlineRoomService rooms, SessionService sessions, SessionOverrideRepository overrides,
                   SessionMinutesRepository minutes, NetworkAccess access, Event<MinutesPublished> published,
                   RoomChanges changes) {
        this.published = published;
        this.changes = changes;
        this.rooms = rooms;
        this.sessions = sessions;
        this.overrides = overrides;
        this.minutes = minutes;
        this.access = access;
    }

    @Transactional
    public Versioned<MinutesResponse> get(UUID roomId, LocalDate date) {
        OnlineRoom room = rooms.readable(roomId);
        sessions.view(room, date);
        return minutes.find(roomId, date)
                .filter(m -> m.status == MinutesStatus.PUBLISHED || access.manages(room.networkId))
                .map(MinutesService::versioned)
                .orElseThrow(() -> ProblemException.notFound("detail.minutes-not-found", date));
    }

    @Transactional
    public Versioned<MinutesResponse> put(UUID roomId, LocalDate date, String ifMatch, MinutesRequest request) {
        OnlineRoom room = rooms.managed(roomId);
        sessions.view(room, date);
        // Serialises the first write of two coordinators on the session's row.
        overrides.lockOrCreate(roomId, date);
        SessionMinutes entry = minutes.find(roomId, date).orElse(null);
        if (entry == null) {
            entry = new SessionMinutes();
            entry.id = UUID.randomUUID();
            entry.roomId = roomId;
            entry.date = date;
            entry.markCreated();
        } else {
            EntityTags.requireMatch(ifMatch, entry.version);
            entry.markUpdated();
        }
        entry.markdown = request.markdown();
        boolean firstPublication = false;
        if (request.status() == MinutesStatus.PUBLISHED && entry.publishedAt == null) {
            entry.publishedAt = VersionedEntity.now();
            firstPublication = true;
        } else if (request.status() == MinutesStatus.DRAFT) {
            entry.publishedAt = null;
        }
        entry.status = request.status();
        entry.updatedBy = access.caller().orElse(null);
        if (!minutes.isPersistent(entry)) {
            minutes.persist(entry);
        }
        minutes.flush();
        if (firstPublication) {
            changes.session(ChangeType.SESSION_MINUTES_PUBLISHED, room, date);
            published.fire(new MinutesPublished(roomId, date));
        }
        return versioned(entry);
    }

    private static Versioned<MinutesResponse> versioned(SessionMinutes entry) {
        PersonRef by = entry.updatedBy == null ? null : new PersonRef(entry.updatedBy.id, entry.updatedBy.displayName);
        return new Versioned<>(new MinutesResponse(entry.markdown, entry.status, entry.publishedAt, entry.updatedAt, by), entry.version);
    }
}
