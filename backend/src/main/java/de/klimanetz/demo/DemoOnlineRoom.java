package de.klimanetz.demo;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.onlineroom.MinutesStatus;
import de.klimanetz.onlineroom.Occurrence;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.RoomSchedule;
import de.klimanetz.onlineroom.RoomScheduleRepository;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.attendance.SessionAttendance;
import de.klimanetz.attendance.SessionAttendanceRepository;
import de.klimanetz.onlineroom.SessionMinutes;
import de.klimanetz.onlineroom.SessionMinutesRepository;
import de.klimanetz.onlineroom.SessionOverride;
import de.klimanetz.onlineroom.SessionOverrideRepository;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * The NRW network's online room of DOMAIN.md: every second Tuesday 10:00–11:30, running for a
 * year, with attendance and minutes of past sessions, topics for the next ones and a Christmas
 * break. Dates are relative to the day the demo data is loaded.
 */
@ApplicationScoped
public class DemoOnlineRoom {

    public static final UUID ROOM_ID = UUID.fromString("3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10");
    static final UUID SCHEDULE_ID = UUID.nameUUIDFromBytes("klimanetz-demo-schedule".getBytes());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The topics of the past year, the latest last; each session got minutes except the very last one. */
    private static final List<String> PAST_TOPICS = List.of("Kennenlernen und Erwartungen an das Netzwerk",
            "Förderaufruf Kommunalrichtlinie: Fragen und Antworten", "Treibhausgasbilanz mit dem Klimaschutz-Planer",
            "Energiemonitoring in Schulen", "Klimaanpassung: Starkregenvorsorge", "Beschaffung: klimafreundliche Fuhrparks",
            "Öffentlichkeitsarbeit und Klimawochen", "Photovoltaik auf kommunalen Dächern",
            "Kommunale Wärmeplanung: erste Schritte", "Sanierungsfahrpläne für Verwaltungsgebäude",
            "Radverkehr und Mobilstationen", "Fördermittel kombinieren: NKI, progres.nrw und Städtebau",
            "Klimaschutz in der Bauleitplanung", "Controlling und Fortschreibung von Klimaschutzkonzepten",
            "Bürgerenergie und Beteiligung", "Hitzeschutz: Hitzeaktionspläne", "Stadtgrün und Entsiegelung",
            "Klimabildung an Schulen und Kitas", "Quartierskonzepte der KfW", "Carsharing im ländlichen Raum",
            "Kommunale Wärmeplanung: Zwischenstand in den Kreisen", "Klimaneutrale Verwaltung bis 2035",
            "Klimaanpassung: Hitzeaktionspläne", "Bürgerbeteiligung beim Klimaschutzkonzept");
    private static final List<String> NEXT_TOPICS = List.of("Energiemonitoring in kommunalen Liegenschaften",
            "Radverkehrskonzepte im ländlichen Raum");

    private final OnlineRoomRepository rooms;
    private final RoomScheduleRepository schedules;
    private final SessionOverrideRepository overrides;
    private final SessionMinutesRepository minutes;
    private final SessionAttendanceRepository attendance;
    private final ParticipantRepository participants;

    DemoOnlineRoom(OnlineRoomRepository rooms, RoomScheduleRepository schedules, SessionOverrideRepository overrides,
                   SessionMinutesRepository minutes, SessionAttendanceRepository attendance, ParticipantRepository participants) {
        this.rooms = rooms;
        this.schedules = schedules;
        this.overrides = overrides;
        this.minutes = minutes;
        this.attendance = attendance;
        this.participants = participants;
    }

    @Transactional
    int ensurePresent() {
        if (rooms.findByIdOptional(ROOM_ID).isPresent()) {
            return 0;
        }
        LocalDate today = LocalDate.now(BERLIN);
        OnlineRoom room = new OnlineRoom();
        room.id = ROOM_ID;
        room.networkId = DemoNetworks.NRW_NETWORK_ID;
        room.title = "Online-Austausch Klimaschutzmanagement NRW";
        room.description = "Offener Austausch der Klimaschutzmanagerinnen und -manager in NRW, alle zwei Wochen, "
                + "moderiert von der Kommunal Agentur NRW. Themenwünsche gern an die Koordination.";
        room.joinUrl = "https://meet.kommunal-agentur.example/klimanetz-nrw";
        room.accessCode = "482913";
        room.dialIn = "+49 211 98765-100, Konferenz-ID 482913#";
        room.moderators.add(participants.findById(DemoPeople.idOf("demo-coordinator")));
        room.markCreated();
        rooms.persist(room);

        RoomSchedule schedule = new RoomSchedule();
        schedule.id = SCHEDULE_ID;
        schedule.roomId = ROOM_ID;
        schedule.startDate = today.minusWeeks(52).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        schedule.startTime = LocalTime.of(10, 0);
        schedule.durationMinutes = 90;
        schedule.timeZone = BERLIN.getId();
        schedule.rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU";
        schedules.persist(schedule);

        OffsetDateTime now = OffsetDateTime.now();
        List<Occurrence> sessions = new SchedulePlan(List.of(schedule)).between(schedule.startDate, today.plusWeeks(8));
        List<Occurrence> past = sessions.stream().filter(o -> o.scheduledEnd().toOffsetDateTime().isBefore(now)).toList();
        List<Occurrence> upcoming = sessions.stream().filter(o -> !o.scheduledEnd().toOffsetDateTime().isBefore(now)).toList();
        for (int i = 0; i < past.size(); i++) {
            pastSession(past.get(i), i, past.size());
        }
        int topic = 0;
        for (Occurrence next : upcoming) {
            MonthDay day = MonthDay.from(next.date());
            boolean christmas = day.isAfter(MonthDay.of(12, 20)) || day.isBefore(MonthDay.of(1, 7));
            if (christmas) {
                SessionOverride cancelled = override(next.date());
                cancelled.cancelled = true;
                cancelled.cancellationReason = "Weihnachtspause";
            } else if (topic < NEXT_TOPICS.size()) {
                override(next.date()).topic = NEXT_TOPICS.get(topic++);
            }
        }
        return 1;
    }

    private void pastSession(Occurrence session, int index, int count) {
        int fromEnd = count - 1 - index;
        String topic = PAST_TOPICS.get(PAST_TOPICS.size() - 1 - fromEnd % PAST_TOPICS.size());
        override(session.date()).topic = topic;
        // the minutes of the latest session are still to be written
        if (fromEnd > 0) {
            SessionMinutes entry = new SessionMinutes();
            entry.id = UUID.randomUUID();
            entry.roomId = ROOM_ID;
            entry.date = session.date();
            entry.markdown = "## " + topic + "\n\n**Moderation:** Kommunal Agentur NRW\n\n"
                    + "### Stand aus den Kommunen\n\n- Kurzberichte aus drei Kommunen zum Thema\n"
                    + "- Fragen an die Runde und erste Antworten\n\n"
                    + "### Austausch in Kleingruppen\n\n- Was hat sich bewährt, was nicht?\n"
                    + "- Wer hat Unterlagen, die andere nutzen können?\n\n"
                    + "### Nächste Schritte\n\n- Unterlagen und Links folgen in der Terminübersicht\n"
                    + "- Themenwünsche für die nächsten Termine bitte an die Koordination";
            entry.status = MinutesStatus.PUBLISHED;
            entry.publishedAt = session.scheduledEnd().toOffsetDateTime().plusDays(1);
            entry.updatedBy = participants.findById(DemoPeople.idOf("demo-coordinator"));
            entry.markCreated();
            minutes.persist(entry);
        }
        record(session, "demo-coordinator", AttendanceStatus.PRESENT);
        record(session, "demo-host", index % 5 == 4 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
        LocalDate memberSince = LocalDate.now(BERLIN).minusWeeks(6);
        if (!session.date().isBefore(memberSince) && fromEnd % 2 == 1) {
            record(session, "demo-member", AttendanceStatus.PRESENT);
        }
    }

    private SessionOverride override(LocalDate date) {
        SessionOverride session = new SessionOverride();
        session.id = UUID.randomUUID();
        session.roomId = ROOM_ID;
        session.date = date;
        session.markCreated();
        overrides.persist(session);
        return session;
    }

    private void record(Occurrence session, String username, AttendanceStatus status) {
        SessionAttendance record = new SessionAttendance();
        record.id = UUID.randomUUID();
        record.roomId = ROOM_ID;
        record.date = session.date();
        record.participantId = DemoPeople.idOf(username);
        record.status = status;
        record.selfReported = status == AttendanceStatus.PRESENT;
        record.recordedAt = VersionedEntity.now();
        attendance.persist(record);
    }
}
