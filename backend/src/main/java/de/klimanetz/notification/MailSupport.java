package de.klimanetz.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.klimanetz.calendar.CalendarInvitations;
import de.klimanetz.common.json.InternalJson;
import de.klimanetz.config.KlimanetzConfig;
import de.klimanetz.mail.Composition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What the kinds of mail share: payloads as JSON, the calendar attachment, the organiser, sequences. */
@ApplicationScoped
public class MailSupport {

    /** Active, not erased members of a network who get the category; for Outbox.toEach. */
    static final String MEMBERS_WITH_CATEGORY = """
            select m.participant_id, cast(null as jsonb) as extra
            from network_membership m join participant p on p.id = m.participant_id
            where m.network_id = :network and m.state = 'ACTIVE' and p.erased_at is null and %s""";

    private final EntityManager em;
    private final String organizer;

    MailSupport(EntityManager em, KlimanetzConfig config) {
        this.em = em;
        this.organizer = plainAddress(config.mail().from());
    }

    public static String membersWith(NotificationCategory category) {
        return MEMBERS_WITH_CATEGORY.formatted(category.enabledFor("m.participant_id"));
    }

    public <T> T read(String payload, Class<T> type) {
        try {
            return InternalJson.MAPPER.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " payload", e);
        }
    }

    /** The address calendar invitations name as ORGANIZER: the sender. */
    String organizer() {
        return organizer;
    }

    String networkName(UUID networkId) {
        return (String) em.createNativeQuery("select name from network where id = :id").setParameter("id", networkId)
                .getSingleResult();
    }

    /** Raises and returns the iCalendar SEQUENCE of what was mailed about an event (its row is locked by the caller). */
    int nextEventSequence(UUID eventId) {
        return ((Number) em.createNativeQuery("""
                        update event set calendar_sequence = calendar_sequence + 1 where id = :id returning calendar_sequence""")
                .setParameter("id", eventId).getSingleResult()).intValue();
    }

    int nextRoomSequence(UUID roomId) {
        return ((Number) em.createNativeQuery("""
                        update online_room set calendar_sequence = calendar_sequence + 1 where id = :id returning calendar_sequence""")
                .setParameter("id", roomId).getSingleResult()).intValue();
    }

    int roomSequence(UUID roomId) {
        return ((Number) em.createNativeQuery("select calendar_sequence from online_room where id = :id")
                .setParameter("id", roomId).getSingleResult()).intValue();
    }

    /** The stored invitation, addressed to the recipient, as an attachment calendar programs act on. */
    static Composition.Attachment calendar(String ics, Recipient recipient, String partStat, String fileName) {
        String method = CalendarInvitations.method(ics);
        String addressed = CalendarInvitations.withAttendee(ics, recipient.address(), recipient.name(), partStat);
        return new Composition.Attachment(fileName, "text/calendar; charset=UTF-8; method=" + method,
                addressed.getBytes(StandardCharsets.UTF_8));
    }

    /** "Klimanetz <noreply@example.org>" → "noreply@example.org". */
    static String plainAddress(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
    }
}
