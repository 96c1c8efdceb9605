package de.klimanetz.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class NotificationSettingsRepository implements PanacheRepositoryBase<NotificationSettings, UUID> {

    /** The stored choices, or the defaults (not stored) for someone who never changed anything. */
    public NotificationSettings of(UUID participantId) {
        return findByIdOptional(participantId).orElseGet(() -> NotificationSettings.defaults(participantId));
    }
}
