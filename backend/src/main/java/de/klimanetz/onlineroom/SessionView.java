package de.klimanetz.onlineroom;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** A session as people see it: its occurrence with the coordinators' changes applied. */
public record SessionView(Occurrence occurrence, SessionOverride override, boolean minutesPublished,
                         AttendanceStatus myAttendance) {

    /** Check-in opens this long before the start. */
    public static final Duration CHECK_IN_LEAD = Duration.ofMinutes(15);

    public boolean cancelled() {
        return override != null && override.cancelled;
    }

    public boolean moved() {
        return override != null && !override.cancelled
                && ((override.movedStartsAt != null && !override.movedStartsAt.toInstant().equals(occurrence.scheduledStart().toInstant()))
                || (override.durationMinutes != null && override.durationMinutes != occurrence.durationMinutes()));
    }

    public SessionStatus status() {
        return cancelled() ? SessionStatus.CANCELLED : moved() ? SessionStatus.MOVED : SessionStatus.SCHEDULED;
    }

    public ZonedDateTime startsAt() {
        if (override != null && override.movedStartsAt != null) {
            return override.movedStartsAt.atZoneSameInstant(occurrence.scheduledStart().getZone());
        }
        return occurrence.scheduledStart();
    }

    public int durationMinutes() {
        return override != null && override.durationMinutes != null ? override.durationMinutes : occurrence.durationMinutes();
    }

    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes());
    }

    public boolean hasBegun(OffsetDateTime now) {
        return !now.toInstant().isBefore(startsAt().toInstant());
    }

    public boolean isOver(OffsetDateTime now) {
        return !now.toInstant().isBefore(endsAt().toInstant());
    }

    public boolean checkInOpen(OffsetDateTime now) {
        return !cancelled() && !now.toInstant().isBefore(startsAt().minus(CHECK_IN_LEAD).toInstant()) && !isOver(now);
    }

    /** The session's ETag: 0 until a coordinator first changes it. */
    public long version() {
        return override == null ? 0 : override.version;
    }
}
