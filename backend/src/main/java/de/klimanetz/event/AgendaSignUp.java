package de.klimanetz.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A registration's sign-up for an agenda item with limited seats. */
@Entity
@Table(name = "agenda_sign_up")
public class AgendaSignUp extends PanacheEntityBase {

    public enum Status {
        CONFIRMED,
        WAITLISTED
    }

    @Id
    public UUID id;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(nullable = false)
    public long arrival;
}
