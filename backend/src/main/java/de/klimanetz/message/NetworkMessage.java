package de.klimanetz.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A coordinator's message to the network ("Rundmail"), kept as the network's archive. */
@Entity
@Table(name = "network_message")
public class NetworkMessage {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public UUID networkId;

    @Column(name = "sender_id")
    public UUID senderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MessageAudience audience;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false, length = 200)
    public String subject;

    /** Markdown. */
    @Column(nullable = false)
    public String body;

    @Column(name = "recipient_count", nullable = false)
    public int recipientCount;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
