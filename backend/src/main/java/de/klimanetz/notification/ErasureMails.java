package de.klimanetz.notification;

import de.klimanetz.mail.OutboxRepository;
import de.klimanetz.participant.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Erased people get nothing: their queued mails are dropped and their choices forgotten. */
@ApplicationScoped
class ErasureMails {

    private final OutboxRepository outbox;
    private final NotificationSettingsRepository settings;

    ErasureMails(OutboxRepository outbox, NotificationSettingsRepository settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    void onErased(@Observes ParticipantErased erased) {
        outbox.dropQueuedFor(erased.participantId(), "recipient erased their data");
        settings.deleteById(erased.participantId());
    }
}
