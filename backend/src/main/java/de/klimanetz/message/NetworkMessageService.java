package de.klimanetz.message;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.event.Event;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.EventStatus;
import de.klimanetz.mail.Outbox;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.message.dto.MessageRequest;
import de.klimanetz.message.dto.MessageResponse;
import de.klimanetz.message.dto.RecipientCount;
import de.klimanetz.notification.MailKind;
import de.klimanetz.notification.MailSupport;
import de.klimanetz.notification.NotificationCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A coordinator's message to the network: archived, and queued as one mail per recipient in one
 * statement however large the network, then sent in the background by the outbox.
 */
@ApplicationScoped
public class NetworkMessageService {

    private static final String REGISTRANTS = """
            select r.participant_id, cast(null as jsonb) as extra
            from registration r join participant p on p.id = r.participant_id
            where r.event_id = :event and r.status in ('CONFIRMED', 'WAITLISTED') and p.erased_at is null""";

    private final NetworkMessageRepository messages;
    private final EventRepository events;
    private final Outbox outbox;
    private final NetworkAccess access;

    NetworkMessageService(NetworkMessageRepository messages, EventRepository events, Outbox outbox, NetworkAccess access) {
        this.messages = messages;
        this.events = events;
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public MessageResponse send(UUID networkId, MessageRequest request) {
        access.requireCoordinator(networkId);
        Audience audience = audience(networkId, request.audience(), request.eventId());
        if (request.subject().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw ProblemException.invalid(List.of(new Violation("subject", "violation.single-line")));
        }
        NetworkMessage message = new NetworkMessage();
        message.id = UUID.randomUUID();
        message.networkId = networkId;
        message.senderId = access.caller().map(p -> p.id).orElse(null);
        message.audience = request.audience();
        message.eventId = request.eventId();
        message.subject = request.subject().strip();
        message.body = request.body();
        message.sentAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        messages.persist(message);
        messages.flush();
        message.recipientCount = outbox.toEach(audience.sql(), audience.parameters(),
                Outbox.Mail.of(MailKind.NETWORK_MESSAGE.name(), audience.category(), networkId,
                        new NetworkMessageMails.Payload(message.id)));
        messages.flush();
        return messages.one(networkId, message.id).orElseThrow();
    }

    /** How many the message would reach now: what the form shows before sending. */
    @Transactional
    public RecipientCount recipients(UUID networkId, MessageAudience audienceName, UUID event) {
        access.requireCoordinator(networkId);
        MessageAudience kind = audienceName == null ? MessageAudience.MEMBERS : audienceName;
        Audience audience = audience(networkId, kind, event);
        return new RecipientCount(messages.countRecipients(audience.sql(), audience.parameters()));
    }

    @Transactional
    public Page<MessageResponse> list(UUID networkId, PageRequest page) {
        access.requireMemberOrManager(networkId);
        return Page.of(messages.page(networkId, page.offset(), page.size()), page, messages.countOf(networkId));
    }

    @Transactional
    public MessageResponse get(UUID networkId, UUID messageId) {
        access.requireMemberOrManager(networkId);
        return messages.one(networkId, messageId)
                .orElseThrow(() -> ProblemException.notFound("detail.message-not-found", messageId));
    }

    private record Audience(String sql, Map<String, Object> parameters, String category) {
    }

    private Audience audience(UUID networkId, MessageAudience audience, UUID eventId) {
        List<Violation> violations = new ArrayList<>();
        Audience result = null;
        if (audience == MessageAudience.MEMBERS) {
            if (eventId != null) {
                violations.add(new Violation("eventId", "violation.event-only-for-registrants"));
            }
            result = new Audience(MailSupport.membersWith(NotificationCategory.NETWORK_MESSAGES), Map.of("network", networkId),
                    NotificationCategory.NETWORK_MESSAGES.name());
        } else if (eventId == null) {
            violations.add(new Violation("eventId", "violation.event-required"));
        } else {
            Event event = events.findByIdOptional(eventId).filter(e -> e.networkId.equals(networkId)).orElse(null);
            if (event == null || event.status == EventStatus.DRAFT) {
                violations.add(new Violation("eventId", "violation.event-of-network"));
            } else {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("event", eventId);
                result = new Audience(REGISTRANTS, parameters, null);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return result;
    }
}
