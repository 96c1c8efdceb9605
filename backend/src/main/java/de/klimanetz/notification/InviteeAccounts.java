package de.klimanetz.notification;

import de.klimanetz.config.KlimanetzConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

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

    private final KeycloakUsers users;
    private final KlimanetzConfig.Accounts config;
    private final Links links;

    InviteeAccounts(KeycloakUsers users, KlimanetzConfig config, Links links) {
        this.users = users;
        this.config = config.accounts();
        this.links = links;
    }

    /**
     * Makes sure the address can sign in. True when the account is new (or still waits for its first
     * password): Keycloak has then sent the mail to set one. Safe to repeat after a failure.
     */
    public boolean ensureAccount(String email) {
        if (!config.provisioning()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        KeycloakUsers.Account account = users.findByEmail(address)
                .or(() -> users.create(address, ACTIONS, config.group())
                        .map(id -> new KeycloakUsers.Account(id, ACTIONS))
                        // created meanwhile, e.g. by an earlier attempt that failed later on
                        .or(() -> users.findByEmail(address)))
                .orElseThrow(() -> new IllegalStateException("Keycloak reports the account exists but does not find it"));
        // an account that never had a password set (made for an earlier invitation) gets the link again
        boolean waitsForPassword = account.requiredActions().contains("UPDATE_PASSWORD");
        if (waitsForPassword) {
            users.executeActionsEmail(account.id(), config.appClientId(), links.app(),
                    config.actionLinkLifespan().toSeconds(), ACTIONS);
        }
        return waitsForPassword;
    }
}
