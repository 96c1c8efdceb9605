package de.klimanetz.event;

import de.klimanetz.event.dto.AgendaItemResponse;
import de.klimanetz.event.dto.RegistrationResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Registrations as German Excel opens them without an import dialog: UTF-8 with byte-order mark,
 * semicolons, CRLF, German headers and values; formula-like cells are defused with an apostrophe.
 */
final class RegistrationCsv {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));
    private static final Map<RegistrationStatus, String> STATUS = Map.of(
            RegistrationStatus.CONFIRMED, "Bestätigt", RegistrationStatus.WAITLISTED, "Warteliste",
            RegistrationStatus.CANCELLED, "Storniert", RegistrationStatus.ATTENDED, "Teilgenommen",
            RegistrationStatus.NO_SHOW, "Nicht erschienen");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader("Name", "Kommune", "Status", "Wartelistenplatz", "Angemeldet am", "Anmerkung", "Barrierefreiheit",
                    "Verpflegung", "Programmpunkte")
            .get();

    private RegistrationCsv() {
    }

    static byte[] write(List<RegistrationResponse> registrations, List<AgendaItemResponse> agenda) {
        Map<UUID, String> titles = agenda.stream().collect(Collectors.toMap(AgendaItemResponse::id, AgendaItemResponse::title));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (RegistrationResponse r : registrations) {
                String items = r.agendaSignUps().stream()
                        .map(s -> titles.getOrDefault(s.agendaItemId(), "?") + (s.waitlistPosition() == null ? "" : " (Warteliste " + s.waitlistPosition() + ")"))
                        .collect(Collectors.joining(", "));
                printer.printRecord(text(r.participant().displayName()), r.municipality() == null ? "" : text(r.municipality().name()),
                        STATUS.get(r.status()), r.waitlistPosition() == null ? "" : r.waitlistPosition(),
                        GERMAN.format(r.createdAt()), text(r.note()), text(r.accessibilityNeeds()), text(r.dietaryNeeds()), text(items));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
