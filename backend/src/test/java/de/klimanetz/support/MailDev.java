package de.klimanetz.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real mail catcher of the tests: MailDev 3 (tools/maildev, installed with npm ci on first use)
 * on free ports, started once per test run. Tests may stop and start it to play an SMTP outage.
 */
public final class MailDev {

    private static MailDev instance;

    private final Path home;
    private final int smtpPort;
    private final int webPort;
    private Process process;

    private MailDev(Path home, int smtpPort, int webPort) {
        this.home = home;
        this.smtpPort = smtpPort;
        this.webPort = webPort;
    }

    static synchronized MailDev startOnce() {
        if (instance == null) {
            Path home = projectRoot().resolve("tools/maildev");
            installIfMissing(home);
            instance = new MailDev(home, freePort(), freePort());
            instance.start();
            MailDev started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "maildev-stop"));
        }
        return instance;
    }

    public static MailDev get() {
        if (instance == null) {
            throw new IllegalStateException("MailDev not started: the test must extend ApiTest");
        }
        return instance;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String webUrl() {
        return "http://127.0.0.1:" + webPort;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            File log = Path.of("target", "maildev.log").toFile();
            // MailDev must not outlive the test JVM even when no shutdown hook runs (a fork killed by
            // surefire): the wrapper holds the JVM's end of a pipe on stdin and stops MailDev when it closes.
            process = new ProcessBuilder(List.of("bash", "-c",
                    "node \"$@\" </dev/null & child=$!; cat >/dev/null; kill $child 2>/dev/null; wait $child",
                    "maildev", home.resolve("node_modules/maildev/dist/bin/maildev.js").toString(),
                    "--smtp", Integer.toString(smtpPort), "--web", Integer.toString(webPort),
                    "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("MailDev does not start (is node on PATH?)", e);
        }
        awaitReady();
    }

    /** Stops it the hard way, as a crashed mail server would go. */
    public synchronized void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(webUrl() + "/api/email"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && smtpListening()) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("MailDev not ready after 30 s (see target/maildev.log)");
    }

    private boolean smtpListening() {
        try (var socket = new java.net.Socket("127.0.0.1", smtpPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void installIfMissing(Path home) {
        if (Files.isDirectory(home.resolve("node_modules/maildev"))) {
            return;
        }
        try {
            // Never inheritIO: npm would share (and make non-blocking) the stdin of the surefire fork, and
            // its output on the fork's stdout corrupts surefire's channel.
            File log = Path.of("target", "maildev-install.log").toFile();
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(home.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + home + " failed (see " + log + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("npm not found: MailDev cannot be installed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tools/maildev"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tools/maildev not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
