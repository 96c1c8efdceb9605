package de.klimanetz.message;

import de.klimanetz.message.dto.MessageResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import de.klimanetz.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NetworkMessageRepository implements PanacheRepositoryBase<NetworkMessage, UUID> {

    private static final String SELECT = """
            select m.id, m.network_id, m.subject, %s, m.audience, m.event_id, e.title, m.sender_id, p.display_name,
                   m.sent_at, m.recipient_count
            from network_message m left join event e on e.id = m.event_id left join participant p on p.id = m.sender_id
            """;

    /** Newest first, with event titles and sender names: one statement. */
    public List<MessageResponse> page(UUID networkId, long offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(SELECT.formatted("cast(null as text)") + """
                        where m.network_id = :network order by m.sent_at desc, m.id offset :offset limit :size""")
                .setParameter("network", networkId)
                .setParameter("offset", offset)
                .setParameter("size", size)
                .getResultList();
        return rows.stream().map(NetworkMessageRepository::response).toList();
    }

    public Optional<MessageResponse> one(UUID networkId, UUID messageId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(SELECT.formatted("m.body") + """
                        where m.network_id = :network and m.id = :id""")
                .setParameter("network", networkId)
                .setParameter("id", messageId)
                .getResultList();
        return rows.stream().findFirst().map(NetworkMessageRepository::response);
    }

    public long countOf(UUID networkId) {
        return count("networkId", networkId);
    }

    private static MessageResponse response(Object[] row) {
        UUID eventId = (UUID) row[5];
        UUID senderId = (UUID) row[7];
        return new MessageResponse((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                MessageAudience.valueOf((String) row[4]),
                eventId == null ? null : new MessageResponse.EventRef(eventId, (String) row[6]),
                senderId == null ? null : new MessageResponse.Sender(senderId, (String) row[8]),
                Times.offset(row[9]), ((Number) row[10]).intValue());
    }

    /** How many rows the audience's query selects (the audience queries are MailSupport's, see NetworkMessageService). */
    public int countRecipients(String audienceSql, java.util.Map<String, Object> parameters) {
        var count = getEntityManager().createNativeQuery("select count(*) from (" + audienceSql + ") r");
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).intValue();
    }
}
