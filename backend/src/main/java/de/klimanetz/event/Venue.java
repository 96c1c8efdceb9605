package de.klimanetz.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Venue {

    @Column(name = "venue_name", nullable = false, length = 200)
    public String name;

    @Column(name = "venue_street", length = 200)
    public String street;

    @Column(name = "venue_postal_code", length = 5)
    public String postalCode;

    @Column(name = "venue_city", nullable = false, length = 100)
    public String city;

    @Column(name = "venue_room", length = 200)
    public String room;

    @Column(name = "venue_accessibility", length = 2000)
    public String accessibilityNotes;

    @Column(name = "venue_directions", length = 2000)
    public String directions;

    /** The address as one line, e.g. for a calendar's LOCATION. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(name);
        if (street != null) {
            line.append(", ").append(street);
        }
        line.append(", ").append(postalCode == null ? "" : postalCode + " ").append(city);
        if (room != null) {
            line.append(", ").append(room);
        }
        return line.toString();
    }
}
