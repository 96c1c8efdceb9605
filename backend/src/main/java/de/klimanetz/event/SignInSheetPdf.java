package de.klimanetz.event;

import de.klimanetz.event.dto.RegistrationResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable sign-in sheet (Teilnahmeliste) funders ask for: A4, German, the event's facts at
 * the top and one row per confirmed participant with an empty signature column, over as many pages
 * as needed. Written with PDFBox in DejaVu Sans, embedded (subset), so names print as written in
 * Latin, Greek or Cyrillic script ("Łukasz", "Doğan"); a character the font lacks becomes "?".
 */
final class SignInSheetPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm", Locale.GERMAN)
            .withZone(ZoneId.of("Europe/Berlin"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'").withZone(ZoneId.of("Europe/Berlin"));
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 50;
    private static final float ROW = 28;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 30, MARGIN + 210, MARGIN + 360};
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;

    private SignInSheetPdf() {
    }

    /** What the sheet prints about the event, read inside the transaction (the host is a lazy relation). */
    record Heading(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String host) {
        static Heading of(Event event) {
            return new Heading(event.title, event.startsAt, event.endsAt, event.venue.oneLine(),
                    event.hostMunicipality == null ? null : event.hostMunicipality.name);
        }
    }

    static byte[] write(Heading event, List<RegistrationResponse> confirmed) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Teilnahmeliste: " + event.title());
            info.setCreator("Klimanetz");
            int index = 0;
            int pageNumber = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    y = text(content, bold, 16, MARGIN, y, "Teilnahmeliste");
                    y = text(content, bold, 12, MARGIN, y - 4, event.title());
                    y = text(content, regular, 10, MARGIN, y - 2,
                            DATE.format(event.startsAt()) + " bis " + TIME.format(event.endsAt()));
                    y = text(content, regular, 10, MARGIN, y, "Ort: " + event.venue());
                    if (event.host() != null) {
                        y = text(content, regular, 10, MARGIN, y, "Gastgeber: " + event.host());
                    }
                    y -= 14;
                    header(content, bold, y);
                    y -= ROW;
                    while (index < confirmed.size() && y > MARGIN + ROW) {
                        RegistrationResponse person = confirmed.get(index);
                        index++;
                        cell(content, regular, COLUMNS[0], y, Integer.toString(index));
                        cell(content, regular, COLUMNS[1], y, fit(regular, person.participant().displayName(), 170));
                        cell(content, regular, COLUMNS[2], y,
                                person.municipality() == null ? "" : fit(regular, person.municipality().name(), 140));
                        line(content, y - 8);
                        y -= ROW;
                    }
                    text(content, regular, 8, MARGIN, MARGIN - 10, "Seite " + pageNumber + " · " + confirmed.size()
                            + " bestätigte Anmeldungen · erstellt mit Klimanetz");
                }
            } while (index < confirmed.size());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = SignInSheetPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("font missing from the class path: " + file);
            }
            return PDType0Font.load(document, in);
        }
    }

    private static void header(PDPageContentStream content, PDFont bold, float y) throws IOException {
        cell(content, bold, COLUMNS[0], y, "Nr.");
        cell(content, bold, COLUMNS[1], y, "Name");
        cell(content, bold, COLUMNS[2], y, "Kommune");
        cell(content, bold, COLUMNS[3], y, "Unterschrift");
        line(content, y - 8);
    }

    private static float text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
        return y - size * 1.5f;
    }

    private static void cell(PDPageContentStream content, PDFont font, float x, float y, String text) throws IOException {
        text(content, font, 10, x, y, text);
    }

    private static void line(PDPageContentStream content, float y) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(RIGHT, y);
        content.stroke();
    }

    /** Shortens text to a width, with an ellipsis. */
    private static String fit(PDFont font, String text, float width) throws IOException {
        String value = printable(font, text);
        while (value.length() > 1 && font.getStringWidth(value) / 1000 * 10 > width) {
            value = value.substring(0, value.length() - 2) + "…";
        }
        return value;
    }

    /** Characters the font cannot show become "?" instead of failing the whole sheet. */
    private static String printable(PDFont font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                result.append('?');
            }
        });
        return result.toString();
    }
}
