package de.klimanetz.event;

import de.klimanetz.common.concurrency.Gate;
import de.klimanetz.event.dto.RegistrationResponse;
import de.klimanetz.access.NetworkAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Files for funding documentation: the registrations as CSV and the sign-in sheet as PDF. */
@ApplicationScoped
public class EventExports {

    private final EventService events;
    private final RegistrationService registrations;
    private final NetworkAccess access;
    /** Each PDF parses two embedded DejaVu fonts (megabytes of heap); two at a time per instance. */
    private final Gate pdfLayout = Gate.atMost(2);

    EventExports(EventService events, RegistrationService registrations, NetworkAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.access = access;
    }

    public record Csv(byte[] body, String filename) {
    }

    public record Pdf(byte[] body, String filename) {
    }

    @Transactional
    public Csv csv(UUID eventId) {
        List<RegistrationResponse> all = registrations.all(eventId);
        Event event = events.readable(eventId);
        var agenda = events.responses(List.of(event)).get(0).agenda();
        return new Csv(RegistrationCsv.write(all, agenda), "anmeldungen-" + slug(event.title) + ".csv");
    }

    /** The layout happens after the transaction, so that no request waits for a turn while holding a connection. */
    public Pdf signInSheet(UUID eventId) {
        SignInSheet sheet = QuarkusTransaction.joiningExisting().call(() -> {
            Event event = events.readable(eventId);
            access.requireCoordinator(event.networkId);
            List<RegistrationResponse> confirmed = registrations.all(eventId).stream()
                    .filter(r -> r.status().holdsSeat())
                    .toList();
            return new SignInSheet(SignInSheetPdf.Heading.of(event), confirmed);
        });
        byte[] body = pdfLayout.run(() -> SignInSheetPdf.write(sheet.heading(), sheet.confirmed()));
        return new Pdf(body, "unterschriftenliste-" + slug(sheet.heading().title()) + ".pdf");
    }

    private record SignInSheet(SignInSheetPdf.Heading heading, List<RegistrationResponse> confirmed) {
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "veranstaltung" : slug.substring(0, Math.min(60, slug.length()));
    }
}
