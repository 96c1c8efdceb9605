package de.klimanetz.onlineroom;

import de.klimanetz.common.web.Texts;
import de.klimanetz.common.persistence.Material;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.WebAddresses;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.onlineroom.dto.SessionListResponse;
import de.klimanetz.onlineroom.dto.SessionRequest;
import de.klimanetz.onlineroom.dto.SessionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import de.klimanetz.changes.ChangeType;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The sessions of a room: reading them in a window, and a coordinator's changes to one. */
@ApplicationScoped
public class SessionService {

    private final OnlineRoomService rooms;
    private final SessionCatalog catalog;
    private final SessionOverrideRepository overrides;
    private final NetworkAccess access;
    private final Event<SessionRescheduled> rescheduled;
    private final RoomChanges changes;

    SessionService(OnlineRoomService rooms, SessionCatalog catalog, SessionOverrideRepository overrides, NetworkAccess access,
                   Event<SessionRescheduled> rescheduled, RoomChanges changes) {
        this.rescheduled = rescheduled;
        this.changes = changes;
        this.rooms = rooms;
        this.catalog = catalog;
        this.overrides = overrides;
        this.access = access;
    }

    @Transactional
    public SessionListResponse list(UUID roomId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(ZoneId.of(OnlineRoomService.DEFAULT_TIME_ZONE));
        DateWindow window = DateWindow.of(from, to, today, 90);
        OnlineRoom room = rooms.readable(roomId);
        OffsetDateTime now = OffsetDateTime.now();
        List<SessionResponse> items = catalog.sessions(room.id, window.from(), window.to(), me()).stream()
                .map(view -> OnlineRoomMapper.session(view, now))
                .toList();
        return new SessionListResponse(window.from(), window.to(), items);
    }

    @Transactional
    public SessionView get(UUID roomId, LocalDate date) {
        OnlineRoom room = rooms.readable(roomId);
        return view(room, date);
    }

    /** The session on {@code date}, or 404 when the schedule has none that day. */
    public SessionView view(OnlineRoom room, LocalDate date) {
        return catalog.sessions(room.id, date, date, me()).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("detail.session-not-found", date));
    }

    @Transactional
    public SessionView update(UUID roomId, LocalDate date, String ifMatch, SessionRequest request) {
        OnlineRoom room = rooms.managed(roomId);
        SessionView before = view(room, date);
        SessionOverride session = overrides.lockOrCreate(room.id, date);
        EntityTags.requireMatch(ifMatch, session.version);
        boolean cancel = Boolean.TRUE.equals(request.cancelled());
        validate(request, cancel);

        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime scheduledStart = before.occurrence().scheduledStart().toOffsetDateTime();
        OffsetDateTime newStart = cancel || request.startsAt() == null || request.startsAt().isEqual(scheduledStart)
                ? null : request.startsAt();
        Integer newDuration = cancel || request.durationMinutes() == null
                || request.durationMinutes() == before.occurrence().durationMinutes() ? null : request.durationMinutes();
        boolean timingChanges = cancel != session.cancelled
                || !sameInstant(newStart, session.movedStartsAt) || !Objects.equals(newDuration, session.durationMinutes);
        if (timingChanges && before.hasBegun(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.session-begun");
        }
        if (timingChanges && newStart != null && newStart.isBefore(now)) {
            throw ProblemException.invalid(List.of(new Violation("startsAt", "violation.move-into-past")));
        }
        session.cancelled = cancel;
        session.cancellationReason = cancel ? Texts.blankToNull(request.cancellationReason()) : null;
        session.movedStartsAt = newStart;
        session.durationMinutes = newDuration;
        session.topic = Texts.blankToNull(request.topic());
        session.presenter = Texts.blankToNull(request.presenter());
        session.materials = request.materials() == null ? new ArrayList<>()
                : new ArrayList<>(request.materials().stream()
                        .map(m -> new Material(m.title().strip(), m.url().strip())).toList());
        session.markUpdated();
        overrides.flush();
        changes.session(ChangeType.SESSION_UPDATED, room, date);
        if (timingChanges) {
            rescheduled.fire(new SessionRescheduled(room.id, date));
        }
        return new SessionView(before.occurrence(), session, before.minutesPublished(), before.myAttendance());
    }

    private static void validate(SessionRequest request, boolean cancel) {
        List<Violation> violations = new ArrayList<>();
        if (cancel && request.startsAt() != null) {
            violations.add(new Violation("startsAt", "violation.cancel-or-move"));
        }
        if (!cancel && request.cancellationReason() != null && !request.cancellationReason().isBlank()) {
            violations.add(new Violation("cancellationReason", "violation.reason-without-cancel"));
        }
        List<MaterialDto> materials = request.materials() == null ? List.of() : request.materials();
        for (int i = 0; i < materials.size(); i++) {
            if (!WebAddresses.isWeb(materials.get(i).url())) {
                violations.add(new Violation("materials[" + i + "].url", "violation.web-url"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    private UUID me() {
        return access.caller().map(p -> p.id).orElse(null);
    }
}
