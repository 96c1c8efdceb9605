package de.klimanetz.notification;

import static de.klimanetz.support.Mailbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.MailDev;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Reminders go out once, however often and however many instances queue them, and never for what was cancelled. */
@QuarkusTest
class ReminderMailTest extends ApiTest {

    @Inject
    Reminders reminders;

    @Inject
    de.klimanetz.mail.OutboxWorker worker;

    @Test
    void theDayBeforeAnEventThoseWithASeatAreRemindedOnce() throws Exception {
        String network = People.newNetwork("Erinnerung");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        Map<String, Object> details = Events.event("Exkursion Solarpark", 0, 1);
        OffsetDateTime start = OffsetDateTime.now().plusHours(20).truncatedTo(ChronoUnit.MINUTES);
        details.put("startsAt", start.toString());
        details.put("endsAt", start.plusHours(3).toString());
        details.put("agenda", List.of());
        String event = Events.create(network, details);
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
        as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
        Map<String, Object> cancelledDetails = Events.event("Abgesagtes Treffen", 0, null);
        cancelledDetails.put("startsAt", start.toString());
        cancelledDetails.put("endsAt", start.plusHours(3).toString());
        cancelledDetails.put("agenda", List.of());
        String cancelled = Events.create(network, cancelledDetails);
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + cancelled + "/registrations")
                .then().statusCode(201);
        as(de.klimanetz.support.Tokens.admin()).delete("/api/v1/events/" + cancelled).then().statusCode(204);

        // two instances (or a restart) queue at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.invokeAll(List.of(() -> reminders.queueDue(OffsetDateTime.now()), () -> reminders.queueDue(OffsetDateTime.now())));
        } finally {
            pool.shutdown();
        }
        reminders.queueDue(OffsetDateTime.now());

        Mailbox.Mail reminder = Mailbox.awaitOne(anna.email(), subjectContains("Morgen: Exkursion Solarpark"));
        assertTrue(reminder.text().contains("Kreishaus Unna"), reminder.text());
        assertTrue(reminder.header("List-Unsubscribe") != null, "reminders can be turned off");
        Thread.sleep(2000);
        assertEquals(1, Mailbox.to(anna.email()).stream().filter(subjectContains("Morgen:")).count(), "once, and not for the cancelled one");
        assertEquals(0, Mailbox.to(bert.email()).stream().filter(subjectContains("Morgen:")).count(), "not from the waitlist");
    }

    @Test
    void whoAskedForItIsRemindedBeforeAnOnlineSessionWithTheWayIn() throws Exception {
        String network = People.newNetwork("Sitzungserinnerung");
        Person cara = People.newMember("cara");
        Person dora = People.newMember("dora");
        People.join(network, cara, "MEMBER");
        People.join(network, dora, "MEMBER");
        optInToSessionReminders(cara);
        ZonedDateTime start = ZonedDateTime.now(Rooms.BERLIN).plusMinutes(40).truncatedTo(ChronoUnit.MINUTES);
        Rooms.create(network, Rooms.schedule(start.toLocalDate(), String.format("%02d:%02d", start.getHour(), start.getMinute()),
                60, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(start.toLocalDate())));

        reminders.queueDue(OffsetDateTime.now());
        reminders.queueDue(OffsetDateTime.now());

        Mailbox.Mail reminder = Mailbox.awaitOne(cara.email(), subjectContains("Gleich: Raum"));
        assertTrue(reminder.text().contains("482913"), "with the access code: " + reminder.text());
        assertTrue(reminder.text().contains("https://meet.example.org/Raum"), "with the join link");
        Thread.sleep(2000);
        assertEquals(1, Mailbox.to(cara.email()).stream().filter(subjectContains("Gleich:")).count());
        assertEquals(0, Mailbox.to(dora.email()).stream().filter(subjectContains("Gleich:")).count(), "opt-in only");
    }

    @Test
    void aReminderForASessionCancelledMeanwhileIsNotSent() throws Exception {
        String network = People.newNetwork("Doch nicht");
        Person eva = People.newMember("eva");
        People.join(network, eva, "MEMBER");
        optInToSessionReminders(eva);
        ZonedDateTime start = ZonedDateTime.now(Rooms.BERLIN).plusMinutes(45).truncatedTo(ChronoUnit.MINUTES);
        String room = Rooms.create(network, Rooms.schedule(start.toLocalDate(), String.format("%02d:%02d", start.getHour(),
                start.getMinute()), 60, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(start.toLocalDate())));
        MailDev.get().stop();
        try {
            reminders.queueDue(OffsetDateTime.now());
            as(de.klimanetz.support.Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(Map.of("cancelled", true)).put("/api/v1/online-rooms/" + room + "/sessions/" + start.toLocalDate())
                    .then().statusCode(200);
        } finally {
            MailDev.get().start();
        }
        Mailbox.awaitOne(eva.email(), subjectContains("Abgesagt: Raum"));
        worker.drain();
        Thread.sleep(2000);
        assertEquals(0, Mailbox.to(eva.email()).stream().filter(subjectContains("Gleich:")).count());
    }

    static void optInToSessionReminders(Person person) {
        as(person.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("roomCalendar", true, "minutes", true, "eventReminders", true, "sessionReminders", true,
                        "networkMessages", true))
                .put("/api/v1/me/notification-settings").then().statusCode(200);
    }
}
