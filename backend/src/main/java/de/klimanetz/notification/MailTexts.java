package de.klimanetz.notification;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the mails in one language ({@code mail*.properties}: German, English as the
 * fallback bundle), and dates and times as people read them there, in Europe/Berlin unless a
 * room's own zone is given.
 */
public final class MailTexts {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ResourceBundle bundle;
    private final Locale locale;

    private MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("mail", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** German unless the person chose English. */
    public static MailTexts of(String language) {
        return new MailTexts("en".equals(language) ? Locale.UK : Locale.GERMANY);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("mail text missing: " + key + " (" + locale + ")", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** "Dienstag, 8. Dezember 2026, 10:00 Uhr" */
    public String dateTime(OffsetDateTime at) {
        return at == null ? null : formatter("format.date-time").format(at.atZoneSameInstant(BERLIN));
    }

    public String dateTime(ZonedDateTime at) {
        return at == null ? null : formatter("format.date-time").format(at);
    }

    /** "10:00 Uhr" */
    public String time(ZonedDateTime at) {
        return formatter("format.time").format(at);
    }

    public String time(OffsetDateTime at) {
        return time(at.atZoneSameInstant(BERLIN));
    }

    /** "Dienstag, 8. Dezember 2026" */
    public String date(java.time.LocalDate date) {
        return formatter("format.date").format(date);
    }

    /** From–to on one day: "Dienstag, 8. Dezember 2026, 10:00 bis 11:30 Uhr". */
    public String period(ZonedDateTime start, ZonedDateTime end) {
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return text("format.same-day-period", formatter("format.date").format(start),
                    formatter("format.time-only").format(start), formatter("format.time").format(end));
        }
        return text("format.period", dateTime(start), dateTime(end));
    }

    public String period(OffsetDateTime start, OffsetDateTime end) {
        return period(start.atZoneSameInstant(BERLIN), end.atZoneSameInstant(BERLIN));
    }

    private DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(text(key), locale);
    }
}
