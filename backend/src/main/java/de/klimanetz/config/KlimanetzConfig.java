package de.klimanetz.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Klimanetz's own settings ({@code klimanetz.*}). */
@ConfigMapping(prefix = "klimanetz")
public interface KlimanetzConfig {

    DemoData demoData();

    interface DemoData {
        /** Load the demo data of DOMAIN.md once at start-up. Local runs only, never in production. */
        @WithName("enabled")
        boolean enabled();
    }
}
