package de.klimanetz.onlineroom;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class RoomScheduleRepository implements PanacheRepositoryBase<RoomSchedule, UUID> {

    public Map<UUID, SchedulePlan> plansOf(Collection<UUID> roomIds) {
        if (roomIds.isEmpty()) {
            return Map.of();
        }
        return list("roomId in ?1", roomIds).stream()
                .collect(Collectors.groupingBy(s -> s.roomId))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new SchedulePlan(e.getValue())));
    }

    /** The plans of every room of a network, closed ones included, in one statement. */
    public Map<UUID, SchedulePlan> plansOfNetwork(UUID networkId) {
        return list("roomId in (select r.id from OnlineRoom r where r.networkId = ?1)", networkId).stream()
                .collect(Collectors.groupingBy(s -> s.roomId))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new SchedulePlan(e.getValue())));
    }

    public SchedulePlan planOf(UUID roomId) {
        return new SchedulePlan(list("roomId", roomId));
    }

    /** Drops the periods that a new schedule starting on {@code date} replaces. */
    public void deleteFrom(UUID roomId, LocalDate date) {
        delete("roomId = ?1 and startDate >= ?2", roomId, date);
    }
}
