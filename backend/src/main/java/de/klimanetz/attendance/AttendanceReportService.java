package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.onlineroom.DateWindow;
import de.klimanetz.onlineroom.OnlineRoomService;
import de.klimanetz.onlineroom.RoomScheduleRepository;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionCatalog;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance per person over a period, for funding reports. A session counts for a person when it
 * was held (not cancelled, already begun) while they were a member, or when they have a record for
 * it; a held session without a record counts as absent. Five statements whatever the period and the
 * network's size: the caller and their role, the rooms' schedules, the changed sessions of the
 * period, and the counts, aggregated by PostgreSQL (AttendanceReportRepository).
 */
@ApplicationScoped
public class AttendanceReportService {

    private final RoomScheduleRepository schedules;
    private final SessionCatalog catalog;
    private final AttendanceReportRepository report;
    private final NetworkAccess access;

    AttendanceReportService(RoomScheduleRepository schedules, SessionCatalog catalog, AttendanceReportRepository report,
                            NetworkAccess access) {
        this.schedules = schedules;
        this.catalog = catalog;
        this.report = report;
        this.access = access;
    }

    @Transactional
    public AttendanceReportResponse report(UUID networkId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(ZoneId.of(OnlineRoomService.DEFAULT_TIME_ZONE));
        DateWindow window = DateWindow.of(from, to, today.withDayOfYear(1), today);
        access.requireReportReader(networkId);

        OffsetDateTime now = OffsetDateTime.now();
        Map<UUID, SchedulePlan> plans = schedules.plansOfNetwork(networkId);
        List<AttendanceReportRepository.Held> held = new ArrayList<>();
        catalog.planned(plans, window.from(), window.to()).forEach((roomId, views) -> {
            for (SessionView view : views) {
                if (!view.cancelled() && view.hasBegun(now)) {
                    held.add(new AttendanceReportRepository.Held(roomId, view.occurrence().date()));
                }
            }
        });
        return new AttendanceReportResponse(window.from(), window.to(), held.size(),
                report.rows(networkId, window.from(), window.to(), held));
    }
}
