package de.klimanetz.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What arrived at the tests' MailDev, read through its REST API (GET /api/email). */
public final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Mailbox() {
    }

    /** A delivered mail: MailDev's JSON (subject, to, text, html, attachments) plus its raw source on demand. */
    public record Mail(JsonNode json) {

        public String id() {
            return json.path("id").asText();
        }

        public String subject() {
            return json.path("subject").asText();
        }

        public String text() {
            return json.path("text").asText();
        }

        public String html() {
            return json.path("html").asText();
        }

        public List<String> to() {
            List<String> to = new ArrayList<>();
            json.path("to").forEach(t -> to.add(t.path("address").asText()));
            return to;
        }

        /** The message as it came over SMTP, with every header. */
        public String source() {
            return get("/api/email/" + id() + "/source");
        }

        /** A header from the raw source (unfolded), or null. */
        public String header(String name) {
            String[] lines = source().split("\r?\n\r?\n", 2)[0].replaceAll("\r?\n[ \t]+", " ").split("\r?\n");
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        public List<JsonNode> attachments() {
            List<JsonNode> attachments = new ArrayList<>();
            json.path("attachments").forEach(attachments::add);
            return attachments;
        }

        /** The content of the first attachment of a content type, e.g. text/calendar. */
        public String attachment(String contentType) {
            return attachments().stream().filter(a -> a.path("contentType").asText().startsWith(contentType)).findFirst()
                    .map(a -> attachmentFile(id(), a.path("generatedFileName").asText()))
                    .orElse(null);
        }
    }

    /**
     * MailDev lists a mail before it has written the mail's attachments to disk, and answers 500 for
     * one asked for in between: such an answer is asked again for a few seconds.
     */
    private static String attachmentFile(String mailId, String fileName) {
        String path = "/api/email/" + mailId + "/attachment/" + fileName;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return get(path);
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Forgets every mail so far, so that later reads stay small (each test class starts with an empty inbox). */
    public static void clear() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(MailDev.get().webUrl() + "/api/email/all"))
                    .DELETE().timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("MailDev DELETE /api/email/all: HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("MailDev not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Mail> all() {
        try {
            List<Mail> mails = new ArrayList<>();
            JSON.readTree(get("/api/email")).forEach(node -> mails.add(new Mail(node)));
            return mails;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Mail> to(String address) {
        return all().stream().filter(m -> m.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** Waits until {@code count} mails to the address match; returns those. */
    public static List<Mail> await(String address, Predicate<Mail> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Mail> found;
        do {
            found = to(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + timeout + ", got "
                + found.size() + "; all to them: " + to(address).stream().map(Mail::subject).toList());
    }

    public static Mail awaitOne(String address, Predicate<Mail> matching) {
        // generous: the machines running the tests are often busy, and a mail waits its turn in the queue
        return await(address, matching, 1, Duration.ofSeconds(60)).get(0);
    }

    public static Predicate<Mail> subjectContains(String text) {
        return mail -> mail.subject().contains(text);
    }

    private static String get(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(MailDev.get().webUrl() + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("MailDev " + path + ": HTTP " + response.statusCode());
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("MailDev not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
