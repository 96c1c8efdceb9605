package de.klimanetz.event;

import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.event.dto.AgendaItemResponse;
import de.klimanetz.event.dto.AgendaSignUpResponse;
import de.klimanetz.event.dto.EventHostResponse;
import de.klimanetz.event.dto.EventResponse;
import de.klimanetz.event.dto.MyRegistrationSummary;
import de.klimanetz.event.dto.RegistrationResponse;
import de.klimanetz.event.dto.VenueDto;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Events and registrations as the API shows them, loaded for a whole page in a fixed number of
 * statements: agenda items, seat counts, sign-up counts, the caller's registrations and waitlist
 * positions.
 */
@ApplicationScoped
public class EventViews {

    private final RegistrationRepository registrations;
    private final AgendaSignUpRepository signUps;
    private final AgendaItemRepository agendaItems;

    EventViews(RegistrationRepository registrations, AgendaSignUpRepository signUps, AgendaItemRepository agendaItems) {
        this.registrations = registrations;
        this.signUps = signUps;
        this.agendaItems = agendaItems;
    }

    public List<EventResponse> events(List<Event> events, UUID callerId, java.util.function.Predicate<Event> seesReport) {
        List<UUID> ids = events.stream().map(e -> e.id).toList();
        Map<UUID, List<AgendaItem>> agendas = agendas(ids);
        Map<UUID, RegistrationRepository.Counts> counts = registrations.counts(ids);
        Map<UUID, long[]> itemCounts = signUps.countsOf(agendas.values().stream().flatMap(List::stream).map(i -> i.id).toList());
        Map<UUID, RegistrationRepository.Mine> mine = callerId == null ? Map.of() : registrations.mineIn(callerId, ids);
        OffsetDateTime now = OffsetDateTime.now();
        List<EventResponse> responses = new ArrayList<>();
        for (Event event : events) {
            RegistrationRepository.Counts count = counts.getOrDefault(event.id, RegistrationRepository.Counts.NONE);
            List<AgendaItemResponse> agenda = agendas.getOrDefault(event.id, List.of()).stream()
                    .map(item -> agendaItem(item, itemCounts.getOrDefault(item.id, new long[2])))
                    .toList();
            RegistrationRepository.Mine my = mine.get(event.id);
            MyRegistrationSummary summary = my == null ? null
                    : new MyRegistrationSummary(my.registration().id, my.registration().status, my.position());
            Long seatsLeft = event.capacity == null ? null : Math.max(0, event.capacity - count.confirmed());
            boolean report = event.report != null && seesReport.test(event);
            responses.add(new EventResponse(event.id, event.networkId, event.title, event.description, event.status,
                    event.startsAt, event.endsAt, venue(event.venue), host(event), event.capacity, event.registrationOpensAt,
                    event.registrationClosesAt, event.registrationOpen(now), count.confirmed(), count.waitlisted(), seatsLeft,
                    agenda, report ? event.report : null, event.reportPublished,
                    event.materials.stream().map(m -> new MaterialDto(m.title(), m.url())).toList(),
                    summary, event.createdAt, event.updatedAt));
        }
        return responses;
    }

    public List<RegistrationResponse> registrations(List<Registration> page) {
        List<UUID> ids = page.stream().map(r -> r.id).toList();
        Map<UUID, List<AgendaSignUp>> signUpsByRegistration = signUps.ofRegistrations(ids).stream()
                .collect(Collectors.groupingBy(s -> s.registrationId));
        Map<UUID, Integer> positions = registrations.waitlistPositions(page);
        Map<UUID, Integer> itemPositions = itemWaitlistPositions(signUpsByRegistration.values().stream().flatMap(List::stream)
                .filter(s -> s.status == AgendaSignUp.Status.WAITLISTED).map(s -> s.agendaItemId).distinct().toList());
        return page.stream().map(r -> {
            List<AgendaSignUpResponse> mySignUps = signUpsByRegistration.getOrDefault(r.id, List.of()).stream()
                    .map(s -> new AgendaSignUpResponse(s.agendaItemId, s.status,
                            s.status == AgendaSignUp.Status.WAITLISTED ? itemPositions.get(s.id) : null))
                    .toList();
            var participant = r.participant;
            MunicipalityRef municipality = participant.municipality == null ? null
                    : new MunicipalityRef(participant.municipality.id, participant.municipality.name, participant.municipality.officialKey);
            return new RegistrationResponse(r.id, r.eventId, new PersonRef(participant.id, participant.displayName), municipality,
                    r.status, positions.get(r.id), r.note, r.accessibilityNeeds, r.dietaryNeeds, mySignUps,
                    "\"" + r.version + "\"", r.createdAt, r.updatedAt);
        }).toList();
    }

    private Map<UUID, List<AgendaItem>> agendas(Collection<UUID> eventIds) {
        return agendaItems.ofEvents(eventIds).stream().collect(Collectors.groupingBy(a -> a.event.id));
    }

    private Map<UUID, Integer> itemWaitlistPositions(List<UUID> itemIds) {
        Map<UUID, Integer> positions = new HashMap<>();
        Map<UUID, Integer> next = new HashMap<>();
        for (AgendaSignUp signUp : signUps.ofItems(itemIds)) {
            if (signUp.status == AgendaSignUp.Status.WAITLISTED) {
                positions.put(signUp.id, next.merge(signUp.agendaItemId, 1, Integer::sum));
            }
        }
        return positions;
    }

    private static AgendaItemResponse agendaItem(AgendaItem item, long[] counts) {
        Long seatsLeft = !item.signUpRequired || item.capacity == null ? null : Math.max(0, item.capacity - counts[0]);
        return new AgendaItemResponse(item.id, item.startsAt, item.endsAt, item.title, item.speaker, item.kind, item.signUpRequired,
                item.signUpRequired ? item.capacity : null, counts[0], counts[1], seatsLeft);
    }

    static VenueDto venue(Venue venue) {
        return new VenueDto(venue.name, venue.street, venue.postalCode, venue.city, venue.room, venue.accessibilityNotes,
                venue.directions);
    }

    private static EventHostResponse host(Event event) {
        MunicipalityRef municipality = event.hostMunicipality == null ? null
                : new MunicipalityRef(event.hostMunicipality.id, event.hostMunicipality.name, event.hostMunicipality.officialKey);
        PersonRef participant = event.hostParticipant == null ? null
                : new PersonRef(event.hostParticipant.id, event.hostParticipant.displayName);
        return new EventHostResponse(municipality, participant);
    }
}
