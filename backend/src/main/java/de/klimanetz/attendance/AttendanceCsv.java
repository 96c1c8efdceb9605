package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The attendance report as German Excel opens it without an import dialog: UTF-8 with a byte-order
 * mark, semicolons, CRLF, German headers. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
final class AttendanceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader("Name", "Kommune", "Amtlicher Schlüssel", "Termine", "Anwesend", "Entschuldigt", "Abwesend")
            .get();

    private AttendanceCsv() {
    }

    static byte[] write(AttendanceReportResponse report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (AttendanceReportResponse.Row row : report.rows()) {
                printer.printRecord(text(row.participant().displayName()),
                        row.municipality() == null ? "" : text(row.municipality().name()),
                        row.municipality() == null ? "" : row.municipality().officialKey(),
                        row.sessionsHeld(), row.present(), row.excused(), row.absent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
