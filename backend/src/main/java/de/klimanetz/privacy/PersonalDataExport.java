package de.klimanetz.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.onlineroom.AttendanceStatus;
import java.time.LocalDate;
import java.util.UUID;

import de.klimanetz.climateconcept.dto.ClimateConceptChangeResponse;
import de.klimanetz.membership.dto.MyMembershipResponse;
import de.klimanetz.participant.dto.ProfileResponse;
import de.klimanetz.mail.MailStatus;
import de.klimanetz.notification.dto.NotificationSettingsDto;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything Klimanetz stores about a person (GDPR Art. 15 and 20), machine-readable. */
public record PersonalDataExport(
        OffsetDateTime exportedAt,
        ProfileResponse profile,
        List<MyMembershipResponse> memberships,
        List<ClimateConceptChangeResponse> climateConceptChanges,
        List<AttendanceRecord> attendance,
        List<EventRegistration> eventRegistrations,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime calendarFeedCreatedAt,
        NotificationSettingsDto notificationSettings,
        List<Mail> mails) {

    /** A mail the outbox holds for the person (sent and dropped ones are kept for 30 days). */
    public record Mail(String kind, MailStatus status, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    /** A registration for an on-site event, with the notes and needs the person gave. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventRegistration(UUID eventId, String eventTitle, OffsetDateTime startsAt, String status, String note,
                                    String accessibilityNeeds, String dietaryNeeds, OffsetDateTime createdAt) {
    }

    /** One session the person was recorded for (checked in, excused, or marked by a coordinator). */
    public record AttendanceRecord(UUID roomId, String roomTitle, LocalDate date, AttendanceStatus status, boolean selfReported,
                                   OffsetDateTime recordedAt) {
    }
}
