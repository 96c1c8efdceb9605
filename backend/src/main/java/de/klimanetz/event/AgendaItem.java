package de.klimanetz.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One point of an event's agenda; some (an excursion) need their own sign-up with limited seats. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public int position;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 200)
    public String speaker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AgendaKind kind;

    @Column(name = "sign_up_required", nullable = false)
    public boolean signUpRequired;

    public Integer capacity;
}
