package de.klimanetz.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaSignUpRepository implements PanacheRepositoryBase<AgendaSignUp, UUID> {

    public List<AgendaSignUp> ofRegistrations(Collection<UUID> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return list("registrationId in ?1 order by arrival", registrationIds);
    }

    public List<AgendaSignUp> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return list("agendaItemId in ?1 order by arrival", itemIds);
    }
}
