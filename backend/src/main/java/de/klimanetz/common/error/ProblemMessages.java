package de.klimanetz.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem titles and details in the caller's language: German unless the caller prefers English. */
public final class ProblemMessages {

    private static final String BUNDLE = "problems";
    private static final Locale GERMAN = Locale.GERMAN;

    private final ResourceBundle bundle;
    private final Locale locale;

    private ProblemMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ProblemMessages forRequest(HttpHeaders headers) {
        return new ProblemMessages(preferredLocale(headers == null ? List.of() : headers.getAcceptableLanguages()));
    }

    /** For answers given before the REST layer (e.g. request limits), from the raw Accept-Language header. */
    public static ProblemMessages forAcceptLanguage(String acceptLanguage) {
        List<Locale> locales;
        try {
            locales = acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException e) {
            locales = List.of();
        }
        return new ProblemMessages(preferredLocale(locales));
    }

    static Locale preferredLocale(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            String language = candidate.getLanguage();
            if ("de".equals(language)) {
                return GERMAN;
            }
            if ("en".equals(language)) {
                return Locale.ROOT;
            }
        }
        return GERMAN;
    }

    public Locale locale() {
        return locale;
    }

    public String title(ProblemType type) {
        return text("title." + type.slug());
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
