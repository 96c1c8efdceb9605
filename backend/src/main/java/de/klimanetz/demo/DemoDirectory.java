package de.klimanetz.demo;

import de.klimanetz.climateconcept.ClimateConcept;
import de.klimanetz.climateconcept.ClimateConceptRepository;
import de.klimanetz.climateconcept.ConceptStatus;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.Seating;
import de.klimanetz.membership.Membership;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.MembershipRole;
import de.klimanetz.membership.MembershipState;
import de.klimanetz.network.NetworkRepository;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.onlineroom.Occurrence;
import de.klimanetz.onlineroom.RoomScheduleRepository;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.attendance.SessionAttendance;
import de.klimanetz.attendance.SessionAttendanceRepository;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The rest of the NRW network: 27 climate-protection managers from the demo municipalities, so
 * that with the demo accounts the directory lists 30 members like the real network. Fictitious
 * people with role-like profiles (job, municipality, time in office, topics); they have no
 * Keycloak account and cannot sign in. Each has a climate concept status for the municipality,
 * a year of attendance in the online room that fits their time in office, and about half are
 * registered for the on-site meeting.
 */
@ApplicationScoped
public class DemoDirectory {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** {@code weeksInOffice} counts back from the day the data is loaded (new in office), else {@code since}. */
    record Member(String name, String jobTitle, String municipalityKey, LocalDate since, int weeksInOffice,
                  List<String> topics, String bio, ConceptStatus concept, int presence, boolean registered) {
    }

    private static Member member(String name, String jobTitle, String key, String since, List<String> topics, String bio,
                                 ConceptStatus concept, int presence, boolean registered) {
        return new Member(name, jobTitle, key, LocalDate.parse(since), 0, topics, bio, concept, presence, registered);
    }

    private static Member newMember(String name, String jobTitle, String key, int weeksInOffice, List<String> topics,
                                    String bio, ConceptStatus concept, boolean registered) {
        return new Member(name, jobTitle, key, null, weeksInOffice, topics, bio, concept, 80, registered);
    }

    private static final String KSM_W = "Klimaschutzmanagerin";
    private static final String KSM_M = "Klimaschutzmanager";

    /** Percentages in {@code presence}: how often the person joins the online room. */
    static final List<Member> MEMBERS = List.of(
            member("Jana Brinkmann", KSM_W, "05978004", "2021-04-01", List.of("Wärmeplanung", "Energiemonitoring"),
                    "Baut das Energiemonitoring der städtischen Gebäude auf.", ConceptStatus.IN_IMPLEMENTATION, 85, true),
            member("Tobias Reuter", KSM_M, "05978008", "2023-01-15", List.of("Photovoltaik", "Bürgerbeteiligung"),
                    "Solaroffensive auf kommunalen Dächern, Beteiligung der Vereine.", ConceptStatus.ADOPTED, 70, false),
            member("Svenja Kortmann", KSM_W, "05978012", "2022-09-01", List.of("Klimaanpassung", "Starkregen"),
                    "Starkregenvorsorge an der Ruhr und Hitzeschutz in Kitas.", ConceptStatus.IN_PREPARATION, 60, true),
            newMember("Malte Grabowski", KSM_M, "05978016", 3, List.of("Klimaschutzkonzept"),
                    "Neu im Amt, schreibt das erste Klimaschutzkonzept der Gemeinde.", ConceptStatus.NOT_STARTED, true),
            member("Ines Wiegand", KSM_W, "05978020", "2020-02-01", List.of("Radverkehr", "Mobilität"),
                    "Radverkehrskonzept und Mobilstationen in Kamen.", ConceptStatus.IN_IMPLEMENTATION, 90, true),
            member("Deniz Aksoy", KSM_M, "05978024", "2021-10-01", List.of("Wärmeplanung", "Fernwärme"),
                    "Kommunale Wärmeplanung mit den Stadtwerken.", ConceptStatus.ADOPTED, 75, false),
            member("Carla Hülsmann", KSM_W, "05978032", "2024-03-01", List.of("Energieberatung", "Öffentlichkeitsarbeit"),
                    "Energieberatung für Hausbesitzer und Klimawoche in Selm.", ConceptStatus.IN_PREPARATION, 65, true),
            member("Philipp Schulte", KSM_M, "05978036", "2019-06-01", List.of("Klimaschutzkonzept", "Controlling"),
                    "Fortschreibung des Klimaschutzkonzepts, Controlling der Maßnahmen.", ConceptStatus.IN_IMPLEMENTATION,
                    80, true),
            member("Anke Tiemann", KSM_W, "05978040", "2022-05-01", List.of("Stadtgrün", "Klimaanpassung"),
                    "Dach- und Fassadenbegrünung, Baumpflanzprogramm.", ConceptStatus.ADOPTED, 55, false),
            member("Lars Overkamp", "Klimaschutzmanager, Kreisverwaltung", "05562", "2020-07-01",
                    List.of("Netzwerkarbeit", "Fördermittel"), "Koordiniert den Klimaschutz der zehn Städte im Kreis.",
                    ConceptStatus.IN_IMPLEMENTATION, 85, true),
            member("Miriam Bednarz", KSM_W, "05562004", "2023-08-01", List.of("Sanierung", "Energieberatung"),
                    "Quartierssanierung in Castrop-Rauxel-Habinghorst.", ConceptStatus.IN_PREPARATION, 70, false),
            member("Jonas Feldkamp", KSM_M, "05562008", "2024-11-01", List.of("Photovoltaik", "Klimaschutzkonzept"),
                    "Erarbeitet das Klimaschutzkonzept mit einem Fachbüro.", ConceptStatus.IN_PREPARATION, 60, true),
            member("Sabine Terhorst", KSM_W, "05562012", "2019-09-01", List.of("Klimaschutzkonzept", "Landwirtschaft"),
                    "Klimaschutz im ländlichen Raum mit der Landwirtschaft.", ConceptStatus.IN_IMPLEMENTATION, 75, false),
            member("Yusuf Demir", KSM_M, "05562014", "2021-01-01", List.of("Mobilität", "Ladeinfrastruktur"),
                    "Ladeinfrastruktur und E-Carsharing in Gladbeck.", ConceptStatus.ADOPTED, 50, false),
            member("Katharina Lohmann", KSM_W, "05562016", "2022-02-01", List.of("Tourismus", "Klimaanpassung"),
                    "Klimaanpassung am Stausee, nachhaltiger Tourismus.", ConceptStatus.ADOPTED, 65, true),
            member("Nils Pawlak", KSM_M, "05562020", "2020-11-01", List.of("Wasserstoff", "Wärmeplanung"),
                    "Wasserstoffprojekte und Wärmeplanung in Herten.", ConceptStatus.IN_IMPLEMENTATION, 70, false),
            member("Elif Yıldız", KSM_W, "05562024", "2023-04-01", List.of("Bildung", "Öffentlichkeitsarbeit"),
                    "Klimabildung an Schulen, Kampagnen für Marl.", ConceptStatus.IN_PREPARATION, 80, true),
            member("Stefan Kowalczyk", KSM_M, "05562032", "2021-06-01", List.of("Energiemonitoring", "Liegenschaften"),
                    "Energiecontrolling der städtischen Liegenschaften.", ConceptStatus.IN_IMPLEMENTATION, 60, false),
            member("Birgit Voß", "Klimaschutzmanagerin, Kreisverwaltung", "05954", "2019-11-01",
                    List.of("Klimaanpassung", "Netzwerkarbeit"), "Klimaanpassungskonzept für den Ennepe-Ruhr-Kreis.",
                    ConceptStatus.IN_IMPLEMENTATION, 90, true),
            newMember("Moritz Hegemann", KSM_M, "05954016", 10, List.of("Radverkehr"),
                    "Seit Kurzem im Amt; zuvor Verkehrsplanung.", ConceptStatus.IN_PREPARATION, false),
            member("Franziska Lüdtke", KSM_W, "05954024", "2022-10-01", List.of("Quartierskonzepte", "Sanierung"),
                    "Energetische Quartierskonzepte in der Innenstadt.", ConceptStatus.ADOPTED, 55, false),
            member("Hendrik Albers", KSM_M, "05954036", "2020-04-01", List.of("Wärmeplanung", "Hochschulkooperation"),
                    "Wärmeplanung gemeinsam mit der Universität Witten/Herdecke.", ConceptStatus.IN_IMPLEMENTATION, 75,
                    true),
            member("Aylin Kaya", KSM_W, "05911000", "2021-08-01", List.of("Klimaanpassung", "Hitzeschutz"),
                    "Hitzeaktionsplan der Stadt Bochum.", ConceptStatus.IN_IMPLEMENTATION, 70, true),
            member("Robert Szymański", KSM_M, "05913000", "2019-05-01", List.of("Klimaschutzkonzept", "Wärmeplanung"),
                    "Masterplan Energiewende, Fortschreibung 2025.", ConceptStatus.IN_IMPLEMENTATION, 60, false),
            member("Julia Niehaus", KSM_W, "05915000", "2023-02-01", List.of("Mobilität", "Carsharing"),
                    "Carsharing und Mobilstationen in den Stadtbezirken.", ConceptStatus.ADOPTED, 75, true),
            member("Thomas Breuer", KSM_M, "05916000", "2022-06-01", List.of("Stadtgrün", "Entsiegelung"),
                    "Entsiegelung von Schulhöfen und Plätzen.", ConceptStatus.ADOPTED, 50, false),
            newMember("Laura Wessels", KSM_W, "05513000", 5, List.of("Solarkataster", "Bürgerbeteiligung"),
                    "Neu im Team Klimaschutz, zuständig für das Solarkataster.", ConceptStatus.IN_IMPLEMENTATION, true));

    private final ParticipantRepository participants;
    private final NetworkRepository networks;
    private final MembershipRepository memberships;
    private final ClimateConceptRepository concepts;
    private final RoomScheduleRepository schedules;
    private final SessionAttendanceRepository attendance;
    private final EventRepository events;
    private final Seating seating;
    private final DemoMunicipalities municipalities;

    DemoDirectory(ParticipantRepository participants, NetworkRepository networks, MembershipRepository memberships,
                  ClimateConceptRepository concepts, RoomScheduleRepository schedules,
                  SessionAttendanceRepository attendance, EventRepository events, Seating seating,
                  DemoMunicipalities municipalities) {
        this.participants = participants;
        this.networks = networks;
        this.memberships = memberships;
        this.concepts = concepts;
        this.schedules = schedules;
        this.attendance = attendance;
        this.events = events;
        this.seating = seating;
        this.municipalities = municipalities;
    }

    static UUID idOf(Member member) {
        return UUID.nameUUIDFromBytes(("klimanetz-demo-directory:" + member.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** The day the person took office: fixed, or a few weeks before the data was loaded (new in office). */
    static LocalDate inOfficeSince(Member member, LocalDate today) {
        return member.since() != null ? member.since() : today.minusWeeks(member.weeksInOffice());
    }

    @Transactional
    int ensurePresent() {
        if (participants.findByIdOptional(idOf(MEMBERS.get(0))).isPresent()) {
            return 0;
        }
        LocalDate today = LocalDate.now(BERLIN);
        OffsetDateTime loadedAt = OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        List<Occurrence> pastSessions = schedules.findByIdOptional(DemoOnlineRoom.SCHEDULE_ID)
                .map(schedule -> new SchedulePlan(List.of(schedule)).between(schedule.startDate, today).stream()
                        .filter(o -> o.scheduledEnd().toOffsetDateTime().isBefore(OffsetDateTime.now()))
                        .toList())
                .orElse(List.of());
        var event = events.findByIdOptional(DemoEvent.EVENT_ID);
        for (Member member : MEMBERS) {
            LocalDate since = inOfficeSince(member, today);
            Participant participant = new Participant();
            participant.id = idOf(member);
            // no Keycloak account: a subject no token carries
            participant.subject = "demo-directory:" + participant.id;
            participant.displayName = member.name();
            participant.email = mailbox(member);
            participant.emailVerified = true;
            participant.jobTitle = member.jobTitle();
            participant.municipality = municipalities.byKey(member.municipalityKey());
            participant.inOfficeSince = since;
            participant.topics = member.topics().toArray(String[]::new);
            participant.bio = member.bio();
            participant.showEmail = true;
            participant.createdAt = loadedAt;
            participant.updatedAt = loadedAt;
            participants.persist(participant);

            Membership membership = new Membership();
            membership.id = UUID.nameUUIDFromBytes(("klimanetz-demo-membership:" + participant.id)
                    .getBytes(StandardCharsets.UTF_8));
            membership.network = networks.findById(DemoNetworks.NRW_NETWORK_ID);
            membership.participant = participant;
            membership.role = MembershipRole.MEMBER;
            membership.state = MembershipState.ACTIVE;
            membership.since = since.isBefore(DemoPeople.NETWORK_START) ? DemoPeople.NETWORK_START : since;
            membership.createdAt = loadedAt;
            membership.updatedAt = loadedAt;
            memberships.persist(membership);

            concept(member, participant.municipality.id, since);
            for (Occurrence session : pastSessions) {
                if (!session.date().isBefore(membership.since)) {
                    record(session, participant.id, member);
                }
            }
        }
        if (event.isPresent()) {
            participants.flush();
            for (Member member : MEMBERS) {
                if (member.registered()) {
                    seating.enqueue(event.get().id, participants.findById(idOf(member)));
                }
            }
            seating.rebalance(event.get());
        }
        return MEMBERS.size();
    }

    /** E-mail addresses under the reserved .example domain: nothing is ever delivered. */
    private static String mailbox(Member member) {
        String local = Normalizer.normalize(member.name().toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ı", "i").replaceAll("[^a-z]+", ".");
        return local + "@klimaschutz-nrw.example";
    }

    private void concept(Member member, UUID municipalityId, LocalDate since) {
        if (concepts.findByIdOptional(municipalityId).isPresent()) {
            return;
        }
        ClimateConcept concept = new ClimateConcept();
        concept.municipalityId = municipalityId;
        concept.status = member.concept();
        concept.fundingProgramme = member.concept() == ConceptStatus.NOT_STARTED ? null : "Kommunalrichtlinie (NKI)";
        if (member.concept().needsAdoptionDate()) {
            LocalDate adopted = since.plusMonths(18);
            concept.adoptedOn = adopted.isAfter(LocalDate.now(BERLIN)) ? since.minusMonths(6) : adopted;
        }
        concept.note = "Demodaten.";
        concept.updatedAt = OffsetDateTime.of(2024, 9, 2, 12, 0, 0, 0, ZoneOffset.UTC);
        concepts.persist(concept);
    }

    /**
     * Present in about {@code presence} percent of the sessions, excused in some of the others,
     * absent otherwise: spread by a hash of the person and the date, so every load gives the same list.
     */
    private void record(Occurrence session, UUID participantId, Member member) {
        int roll = Math.floorMod((member.name() + session.date()).hashCode(), 100);
        AttendanceStatus status = roll < member.presence() ? AttendanceStatus.PRESENT
                : roll < member.presence() + (100 - member.presence()) / 2 ? AttendanceStatus.EXCUSED
                : AttendanceStatus.ABSENT;
        SessionAttendance entry = new SessionAttendance();
        entry.id = UUID.randomUUID();
        entry.roomId = DemoOnlineRoom.ROOM_ID;
        entry.date = session.date();
        entry.participantId = participantId;
        entry.status = status;
        entry.selfReported = status != AttendanceStatus.ABSENT;
        entry.recordedAt = VersionedEntity.now();
        attendance.persist(entry);
    }
}
