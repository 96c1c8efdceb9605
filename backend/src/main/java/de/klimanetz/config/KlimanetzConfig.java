package de.klimanetz.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Klimanetz's own settings ({@code klimanetz.*}). */
@ConfigMapping(prefix = "klimanetz")
public interface KlimanetzConfig {

    DemoData demoData();

    /** Where people reach the web app; links in mails point there (KLIMANETZ_PUBLIC_URL). */
    @WithName("public-url")
    String publicUrl();

    Mail mail();

    Smtp smtp();

    Accounts accounts();

    Changes changes();

    Webhooks webhooks();

    RateLimit rateLimit();

    interface Changes {
        /** How long the change feed keeps changes; an older cursor gets a 410. */
        @WithDefault("90d")
        Duration retention();
    }

    interface Webhooks {
        /**
         * Allow targets on loopback, private and link-local addresses and plain http to localhost:
         * for local runs and tests only; production refuses them (no server-side request forgery).
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        @WithDefault("5s")
        Duration pollInterval();

        /** Deliveries sent at once per instance, so a slow receiver holds one of them, not all. */
        @WithDefault("4")
        int concurrency();

        /** How long a receiver may take to answer. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("30s")
        Duration retryInitialDelay();

        @WithDefault("6h")
        Duration retryMaxDelay();

        /** A delivery not accepted within this time is FAILED. */
        @WithDefault("3d")
        Duration giveUpAfter();

        /** A subscription whose deliveries failed this many times in a row is disabled (the admin who made it hears). */
        @WithDefault("20")
        int disableAfterFailures();
    }

    /** Token buckets per service account (realm role integration); people using the app are not limited. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per period, and the burst a client may spend at once. */
        @WithDefault("1200")
        int capacity();

        @WithDefault("1m")
        Duration period();

        /** Other capacities for some clients, by client id (e.g. a reporting system that needs more). */
        java.util.Map<String, Client> clients();

        interface Client {
            int capacity();
        }
    }

    /** The SMTP connection's security: none, STARTTLS or TLS (KLIMANETZ_SMTP_TLS; turned into quarkus.mailer.*). */
    interface Smtp {
        @WithDefault("none")
        String tls();
    }

    interface DemoData {
        /** Load the demo data of DOMAIN.md once at start-up. Local runs only, never in production. */
        @WithName("enabled")
        boolean enabled();
    }

    /** Delivery of the outbox. SMTP itself is configured by KLIMANETZ_SMTP_* (see SmtpSecurityConfigSource). */
    interface Mail {
        /** The sender address (KLIMANETZ_MAIL_FROM); also names the domain of the Message-IDs. */
        String from();

        /** How often each instance looks for due mails; a change also wakes it at once. */
        @WithDefault("5s")
        Duration pollInterval();

        /** At most this many mails per look, so one instance never holds the queue for long. */
        @WithDefault("200")
        int batchSize();

        /** The wait after the first failed attempt; it doubles with each further one ... */
        @WithDefault("1m")
        Duration retryInitialDelay();

        /** ... up to this ... */
        @WithDefault("1h")
        Duration retryMaxDelay();

        /** ... and after this long since it was queued, a mail that could not be sent is FAILED. */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** Health is degraded when a due mail has waited longer than this. */
        @WithDefault("15m")
        Duration degradedAfter();

        /** Sent and dropped mails are deleted after this long (failed ones stay for the admins). */
        @WithDefault("30d")
        Duration keepSentFor();

        Reminders reminders();
    }

    interface Reminders {
        /** How often due reminders are queued, as the scheduler reads it ("off" stops it, e.g. in tests). */
        @WithDefault("5m")
        String every();

        /** On-site events: the reminder goes out this long before the start ("the day before"). */
        @WithDefault("24h")
        Duration eventLead();

        /** Online sessions (opt-in): this long before the start. */
        @WithDefault("1h")
        Duration sessionLead();
    }

    /** Accounts for invitees in Keycloak (through the Admin REST API, with a service account). */
    interface Accounts {
        /** Create a Keycloak account for an invited address that has none, and let Keycloak mail "set your password". */
        @WithDefault("true")
        boolean provisioning();

        /** The OIDC client the "set your password" link returns to (the web app). */
        @WithDefault("klimanetz-spa")
        String appClientId();

        /** How long Keycloak's "set your password" link stays valid. */
        @WithDefault("7d")
        Duration actionLinkLifespan();

        /** The Keycloak group new accounts join; it grants the realm role member. */
        @WithDefault("/Mitglieder")
        String group();

        /** The realm the accounts live in. */
        @WithDefault("klimanetz")
        String realm();

        /** Keycloak's base URL for the Admin REST API (KLIMANETZ_KEYCLOAK_ADMIN_URL). */
        @WithDefault("http://localhost:8180")
        String serverUrl();

        /** The service account's client: realm-management roles manage-users and view-users only. */
        @WithDefault("klimanetz-accounts")
        String clientId();

        /** Its secret (KLIMANETZ_ACCOUNTS_SECRET). */
        String clientSecret();

        /** Longest wait for Keycloak per call; the mail worker then retries the invitation later. */
        @WithDefault("10s")
        Duration timeout();
    }
}
