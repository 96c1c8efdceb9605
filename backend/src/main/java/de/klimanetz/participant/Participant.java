package de.klimanetz.participant;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.municipality.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person with a profile, linked to a Keycloak account by the token's subject. Never holds a password. */
@Entity
@Table(name = "participant")
public class Participant extends VersionedEntity {

    @Id
    public UUID id;

    /** The {@code sub} claim of the person's Keycloak account. */
    @Column(nullable = false, length = 255)
    public String subject;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    /** From the token, kept current on each sign-in; Keycloak owns it. */
    @Column(length = 254)
    public String email;

    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;

    @Column(name = "job_title", length = 200)
    public String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(name = "in_office_since")
    public LocalDate inOfficeSince;

    @Column(length = 40)
    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] topics = new String[0];

    @Column(length = 1000)
    public String bio;

    /** Privacy by default: other members see e-mail and phone only if the person opts in. */
    @Column(name = "show_email", nullable = false)
    public boolean showEmail;

    @Column(name = "show_phone", nullable = false)
    public boolean showPhone;

    /** The language of the mails the person gets: "de" or "en". */
    @Column(nullable = false, length = 2)
    public String language = "de";

    /** Set when the person erased their data; the row stays for counts and history. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    public boolean isErased() {
        return erasedAt != null;
    }
}
