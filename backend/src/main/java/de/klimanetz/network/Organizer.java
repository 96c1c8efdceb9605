package de.klimanetz.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The agency that runs a network and how to reach it. */
@Embeddable
public class Organizer {

    @Column(name = "organizer_name", nullable = false, length = 200)
    public String name;

    @Column(name = "organizer_contact_email", nullable = false, length = 254)
    public String contactEmail;

    protected Organizer() {
    }

    public Organizer(String name, String contactEmail) {
        this.name = name;
        this.contactEmail = contactEmail;
    }
}
