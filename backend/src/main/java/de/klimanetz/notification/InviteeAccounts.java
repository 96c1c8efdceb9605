package de.klimanetz.notification;

import de.klimanetz.config.KlimanetzConfig;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * An invited address without a Keycloak account gets one, through the Admin REST API with a
 * service account that holds only manage-users and view-users, in the group that makes them members
 * (realm role member); Keycloak then mails its own
 * "set your password" link (execute-actions-email: UPDATE_PASSWORD, VERIFY_EMAIL). Klimanetz never
 * sees a password, and admins keep managing accounts in Keycloak.
 */
@ApplicationScoped
public class InviteeAccounts {

    static final List<String> ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final Instance<Keycloak> keycloak;
    private final KlimanetzConfig.Accounts config;
    private final Links links;

    InviteeAccounts(Instance<Keycloak> keycloak, KlimanetzConfig config, Links links) {
        this.keycloak = keycloak;
        this.config = config.accounts();
        this.links = links;
    }

    /**
     * Makes sure the address can sign in. True when the account is new (or still waits for its first
     * password): Keycloak has then sent the mail to set one. Safe to repeat after a failure.
     */
    @ActivateRequestContext // the admin client is request-scoped; the mail worker runs outside any request
    public boolean ensureAccount(String email) {
        if (!config.provisioning()) {
            return false;
        }
        UsersResource users = keycloak.get().realm(config.realm()).users();
        String address = email.strip().toLowerCase(Locale.ROOT);
        UserRepresentation user = find(users, address);
        String userId;
        boolean waitsForPassword;
        if (user == null) {
            UserRepresentation created = new UserRepresentation();
            created.setUsername(address);
            created.setEmail(address);
            created.setEnabled(true);
            created.setEmailVerified(false);
            created.setRequiredActions(ACTIONS);
            // the group gives the realm role member, like every person using the app
            created.setGroups(List.of(config.group()));
            try (Response response = users.create(created)) {
                if (response.getStatus() == 201) {
                    String location = response.getLocation().getPath();
                    userId = location.substring(location.lastIndexOf('/') + 1);
                } else if (response.getStatus() == 409) {
                    // created meanwhile, e.g. by an earlier attempt that failed later on
                    user = find(users, address);
                    if (user == null) {
                        throw new IllegalStateException("Keycloak reports the account exists but does not find it");
                    }
                    userId = user.getId();
                } else {
                    throw new IllegalStateException("Keycloak refused to create the account: HTTP " + response.getStatus());
                }
            }
            waitsForPassword = user == null || needsPassword(user);
        } else {
            userId = user.getId();
            waitsForPassword = needsPassword(user);
        }
        if (waitsForPassword) {
            users.get(userId).executeActionsEmail(config.appClientId(), links.app(),
                    (int) config.actionLinkLifespan().toSeconds(), ACTIONS);
        }
        return waitsForPassword;
    }

    /** An account that never had a password set (made for an earlier invitation) gets the link again. */
    private static boolean needsPassword(UserRepresentation user) {
        return user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD");
    }

    private static UserRepresentation find(UsersResource users, String address) {
        return users.searchByEmail(address, true).stream().findFirst().orElse(null);
    }
}
