package de.klimanetz.notification;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.notification.dto.UnsubscribeResponse;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class UnsubscribeService {

    private final UnsubscribeTokens tokens;
    private final NotificationSettingsRepository settings;
    private final NotificationSettingsService service;
    private final ParticipantRepository participants;

    UnsubscribeService(UnsubscribeTokens tokens, NotificationSettingsRepository settings, NotificationSettingsService service,
                       ParticipantRepository participants) {
        this.tokens = tokens;
        this.settings = settings;
        this.service = service;
        this.participants = participants;
    }

    @Transactional
    public UnsubscribeResponse read(String token) {
        UnsubscribeTokens.Subject subject = subject(token);
        return new UnsubscribeResponse(subject.category().apiName(),
                settings.of(subject.participantId()).enabled(subject.category()));
    }

    @Transactional
    public UnsubscribeResponse unsubscribe(String token) {
        UnsubscribeTokens.Subject subject = subject(token);
        service.turnOff(subject.participantId(), subject.category());
        return new UnsubscribeResponse(subject.category().apiName(), false);
    }

    /** A forged or mangled token, or one of someone who erased their data, leads nowhere: 404. */
    private UnsubscribeTokens.Subject subject(String token) {
        return tokens.verify(token)
                .filter(s -> participants.findByIdOptional(s.participantId()).filter(p -> !p.isErased()).isPresent())
                .orElseThrow(() -> ProblemException.notFound("detail.unsubscribe-not-found"));
    }
}
