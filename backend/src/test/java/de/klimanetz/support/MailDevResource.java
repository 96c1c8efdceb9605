package de.klimanetz.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the API's mailer at the tests' MailDev. */
public class MailDevResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        MailDev mailDev = MailDev.startOnce();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(mailDev.smtpPort()),
                "quarkus.mailer.timeout", "5S");
    }

    @Override
    public void stop() {
        // one MailDev serves every application start of the run; a shutdown hook stops it with the JVM
    }
}
