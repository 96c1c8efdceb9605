package de.klimanetz.notification;

import de.klimanetz.config.KlimanetzConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/** Addresses of the web app's pages, for links in mails (KLIMANETZ_PUBLIC_URL; the app proxies /api). */
@ApplicationScoped
public class Links {

    private final String base;

    Links(KlimanetzConfig config) {
        String url = config.publicUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String app() {
        return base + "/";
    }

    public String network(UUID networkId) {
        return base + "/netzwerke/" + networkId;
    }

    public String networkMessage(UUID networkId, UUID messageId) {
        return network(networkId) + "/nachrichten/" + messageId;
    }

    public String event(UUID eventId) {
        return base + "/veranstaltungen/" + eventId;
    }

    public String room(UUID roomId) {
        return base + "/online-raeume/" + roomId;
    }

    public String session(UUID roomId, LocalDate date) {
        return room(roomId) + "/termine/" + date;
    }

    public String webhooks() {
        return base + "/admin/webhooks";
    }

    public String notificationSettings() {
        return base + "/profil/benachrichtigungen";
    }

    public String unsubscribePage(String token) {
        return base + "/abmelden/" + token;
    }

    /** The RFC 8058 one-click address: mail programs POST to it. */
    public String unsubscribeApi(String token) {
        return base + "/api/v1/unsubscribe/" + token;
    }
}
