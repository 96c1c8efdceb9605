package de.klimanetz.mail;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Operators say how the SMTP connection is secured in one word, KLIMANETZ_SMTP_TLS = none,
 * STARTTLS or TLS (as mail relays document it); Quarkus Mailer wants two settings for that. This
 * translates the one into the other, below explicit QUARKUS_MAILER_* settings, which still win.
 */
public class SmtpSecurityConfigSourceFactory implements ConfigSourceFactory {

    static final String PROPERTY = "klimanetz.smtp.tls";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(PROPERTY);
        String mode = value == null || value.getValue() == null ? "none" : value.getValue();
        return List.of(new MapBackedConfigSource("klimanetz-smtp-security", mailerSettings(mode), 245) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(245);
    }

    static Map<String, String> mailerSettings(String mode) {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "none", "" -> Map.of("quarkus.mailer.tls", "false", "quarkus.mailer.start-tls", "DISABLED");
            case "starttls" -> Map.of("quarkus.mailer.tls", "false", "quarkus.mailer.start-tls", "REQUIRED");
            case "tls" -> Map.of("quarkus.mailer.tls", "true", "quarkus.mailer.start-tls", "DISABLED");
            default -> throw new IllegalArgumentException(
                    "KLIMANETZ_SMTP_TLS must be none, STARTTLS or TLS, not '" + mode + "'");
        };
    }
}
