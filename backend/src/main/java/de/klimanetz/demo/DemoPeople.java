package de.klimanetz.demo;

import de.klimanetz.climateconcept.ClimateConcept;
import de.klimanetz.climateconcept.ClimateConceptRepository;
import de.klimanetz.climateconcept.ConceptStatus;
import de.klimanetz.membership.Membership;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.MembershipRole;
import de.klimanetz.membership.MembershipState;
import de.klimanetz.network.NetworkRepository;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The demo accounts of keycloak/klimanetz-realm.json as participants (their Keycloak ids are fixed
 * there, so the token's sub is known), their memberships in the NRW network, and the climate
 * concepts of their municipalities. Role accounts, not real people.
 */
@ApplicationScoped
public class DemoPeople {

    record Person(String username, String keycloakId, String name, String jobTitle, String municipalityKey,
                  LocalDate inOfficeSince, List<String> topics, String bio, MembershipRole role) {
    }

    /** The day the network started; nobody is a member from before. */
    static final LocalDate NETWORK_START = LocalDate.of(2019, 3, 1);

    static final List<Person> PEOPLE = List.of(
            new Person("demo-coordinator", "5f1d3c52-0a11-4c6e-9a01-000000000002", "Konrad Koordinator",
                    "Netzwerkkoordination, Kommunal Agentur NRW", null, LocalDate.of(2019, 3, 1),
                    List.of("Netzwerkarbeit", "Fördermittel"), "Koordiniert das Netzwerk und moderiert den Online-Raum.",
                    MembershipRole.COORDINATOR),
            new Person("demo-host", "5f1d3c52-0a11-4c6e-9a01-000000000003", "Gesa Gastgeberin",
                    "Klimaschutzmanagerin", "05978", LocalDate.of(2019, 9, 1),
                    List.of("Mobilität", "Klimaschutzkonzept", "Carsharing"),
                    "Klimaschutzmanagerin des Kreises Unna, Gastgeberin des Präsenztreffens im Kreishaus.", MembershipRole.MEMBER),
            new Person("demo-member", "5f1d3c52-0a11-4c6e-9a01-000000000004", "Mara Mitglied",
                    "Klimaschutzmanagerin", "05978028", LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusWeeks(6),
                    List.of("Wärmeplanung", "Bürgerbeteiligung"), "Seit wenigen Wochen im Amt.", MembershipRole.MEMBER),
            new Person("demo-admin", "5f1d3c52-0a11-4c6e-9a01-000000000001", "Ada Administratorin",
                    "Administration Klimanetz", null, null, List.of(), null, null),
            new Person("demo-outsider", "5f1d3c52-0a11-4c6e-9a01-000000000005", "Otto Außenstehender",
                    "Klimaschutzmanager", "05515000", LocalDate.of(2024, 2, 1), List.of("Energie"), null, null));

    private final ParticipantRepository participants;
    private final DemoMunicipalities municipalities;
    private final NetworkRepository networks;
    private final MembershipRepository memberships;
    private final ClimateConceptRepository concepts;

    DemoPeople(ParticipantRepository participants, DemoMunicipalities municipalities, NetworkRepository networks,
               MembershipRepository memberships, ClimateConceptRepository concepts) {
        this.participants = participants;
        this.municipalities = municipalities;
        this.networks = networks;
        this.memberships = memberships;
        this.concepts = concepts;
    }

    static UUID idOf(String username) {
        return UUID.nameUUIDFromBytes(("klimanetz-demo-participant:" + username).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    int ensurePresent() {
        if (participants.findByIdOptional(idOf("demo-coordinator")).isPresent()) {
            return 0;
        }
        OffsetDateTime loadedAt = OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        for (Person person : PEOPLE) {
            Participant participant = new Participant();
            participant.id = idOf(person.username());
            participant.subject = person.keycloakId();
            participant.displayName = person.name();
            participant.email = person.username() + "@klimanetz.example";
            participant.emailVerified = true;
            participant.jobTitle = person.jobTitle();
            participant.municipality = person.municipalityKey() == null ? null
                    : municipalities.byKey(person.municipalityKey());
            participant.inOfficeSince = person.inOfficeSince();
            participant.topics = person.topics().toArray(String[]::new);
            participant.bio = person.bio();
            participant.showEmail = person.role() == MembershipRole.COORDINATOR || "demo-host".equals(person.username());
            participant.createdAt = loadedAt;
            participant.updatedAt = loadedAt;
            participants.persist(participant);
            if (person.role() != null) {
                Membership membership = new Membership();
                membership.id = UUID.nameUUIDFromBytes(("klimanetz-demo-membership:" + person.username())
                        .getBytes(StandardCharsets.UTF_8));
                membership.network = networks.findById(DemoNetworks.NRW_NETWORK_ID);
                membership.participant = participant;
                membership.role = person.role();
                membership.state = MembershipState.ACTIVE;
                membership.since = person.inOfficeSince() == null || person.inOfficeSince().isBefore(NETWORK_START)
                        ? NETWORK_START : person.inOfficeSince();
                membership.createdAt = loadedAt;
                membership.updatedAt = loadedAt;
                memberships.persist(membership);
            }
        }
        concept("05978", ConceptStatus.IN_IMPLEMENTATION, LocalDate.of(2021, 6, 24), "Kreisweites Konzept, Umsetzung läuft (Demodaten).");
        concept("05978028", ConceptStatus.IN_PREPARATION, null, "Konzept in Erarbeitung (Demodaten).");
        return PEOPLE.size();
    }

    private void concept(String municipalityKey, ConceptStatus status, LocalDate adoptedOn, String note) {
        ClimateConcept concept = new ClimateConcept();
        concept.municipalityId = municipalities.byKey(municipalityKey).id;
        concept.status = status;
        concept.fundingProgramme = "Kommunalrichtlinie (NKI)";
        concept.adoptedOn = adoptedOn;
        concept.note = note;
        concept.updatedAt = OffsetDateTime.of(2021, 6, 24, 12, 0, 0, 0, ZoneOffset.UTC);
        concepts.persist(concept);
    }
}
