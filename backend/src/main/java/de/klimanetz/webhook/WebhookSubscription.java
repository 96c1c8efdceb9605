package de.klimanetz.webhook;

import de.klimanetz.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An integrator's endpoint that gets the changes of the chosen types, signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
@DynamicUpdate
public class WebhookSubscription extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** Change types (e.g. registration.created), or "*" for all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public String[] eventTypes;

    @Column(length = 500)
    public String description;

    /** whsec_ followed by the base64 key, as the Standard Webhooks libraries take it. */
    @Column(nullable = false, length = 100)
    public String secret;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason", length = 500)
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    /** The admin who created it: they hear when it is disabled. */
    @Column(name = "created_by")
    public UUID createdBy;
}
