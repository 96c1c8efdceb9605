package de.klimanetz.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 200 people press "register" for the last 30 seats at the same moment; then ten seats free up at once. */
@QuarkusTest
class ConcurrentRegistrationTest extends ApiTest {

    private static final int PEOPLE = 200;
    private static final int SEATS = 30;

    @Test
    void exactlyThirtyAreConfirmedAndTheOthersWaitInOrder() throws Exception {
        String network = People.newNetwork("Ansturm");
        ExecutorService setUp = Executors.newFixedThreadPool(16);
        List<Future<Person>> joining = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String name = "ansturm" + i;
            joining.add(setUp.submit(() -> {
                Person person = People.newMember(name);
                People.join(network, person, "MEMBER");
                return person;
            }));
        }
        List<Person> people = new ArrayList<>();
        for (Future<Person> person : joining) {
            people.add(person.get());
        }
        setUp.shutdown();
        String event = Events.create(network, Events.event("Ansturm", 20, SEATS));
        String registrations = "/api/v1/events/" + event + "/registrations";

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Person person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return RestAssured.given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of())
                        .post(registrations).statusCode();
            }));
        }
        // The same person twice at once: one registration, not two.
        Person twice = people.get(0);
        Future<Integer> again = pool.submit(() -> {
            start.await();
            return RestAssured.given().auth().oauth2(twice.token()).contentType(ContentType.JSON).body(Map.of())
                    .post(registrations).statusCode();
        });
        start.countDown();
        int created = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 201 || status == 200, "status " + status);
            created += status == 201 ? 1 : 0;
        }
        int repeated = again.get();
        pool.shutdown();
        assertEquals(PEOPLE, created + (repeated == 201 ? 1 : 0) , "one registration per person");

        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Response response = RestAssured.given().auth().oauth2(Tokens.admin()).queryParam("size", 100).queryParam("page", page)
                    .get(registrations);
            all.addAll(response.path("items"));
        }
        assertEquals(PEOPLE, all.size());
        List<Map<String, Object>> confirmed = all.stream().filter(r -> r.get("status").equals("CONFIRMED")).toList();
        List<Map<String, Object>> waitlisted = all.stream().filter(r -> r.get("status").equals("WAITLISTED")).toList();
        assertEquals(SEATS, confirmed.size());
        assertEquals(PEOPLE - SEATS, waitlisted.size());
        for (int i = 0; i < waitlisted.size(); i++) {
            assertEquals(i + 1, waitlisted.get(i).get("waitlistPosition"), "positions 1..170 without gaps");
        }
        OffsetDateTime lastConfirmed = confirmed.stream().map(r -> OffsetDateTime.parse((String) r.get("createdAt")))
                .max(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime previous = lastConfirmed;
        for (Map<String, Object> waiting : waitlisted) {
            OffsetDateTime at = OffsetDateTime.parse((String) waiting.get("createdAt"));
            assertTrue(!at.isBefore(previous), "first come, first served");
            previous = at;
        }
        RestAssured.given().auth().oauth2(Tokens.admin()).get("/api/v1/events/" + event).then()
                .body("confirmed", org.hamcrest.Matchers.equalTo(SEATS))
                .body("waitlisted", org.hamcrest.Matchers.equalTo(PEOPLE - SEATS))
                .body("seatsLeft", org.hamcrest.Matchers.equalTo(0));

        tenSeatsFreedAtOnceMoveUpTheNextTenWithOneMailEach(registrations, people, confirmed, waitlisted);
    }

    private static void tenSeatsFreedAtOnceMoveUpTheNextTenWithOneMailEach(String registrations, List<Person> people,
            List<Map<String, Object>> confirmed, List<Map<String, Object>> waitlisted) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> cancelled = new ArrayList<>();
        for (Map<String, Object> registration : confirmed.subList(0, 10)) {
            cancelled.add(pool.submit(() -> RestAssured.given().auth().oauth2(Tokens.admin())
                    .delete(registrations + "/" + registration.get("id")).statusCode()));
        }
        for (Future<Integer> answer : cancelled) {
            assertEquals(204, answer.get());
        }
        pool.shutdown();
        Map<String, String> emails = new java.util.HashMap<>();
        people.forEach(person -> emails.put(person.id(), person.email()));
        List<String> movedUp = waitlisted.subList(0, 10).stream().map(r -> emails.get(participantOf(r))).toList();
        List<String> stillWaiting = waitlisted.subList(10, waitlisted.size()).stream().map(r -> emails.get(participantOf(r))).toList();
        for (String address : movedUp) {
            Mailbox.awaitOne(address, Mailbox.subjectContains("Sie haben einen Platz: Ansturm"));
        }
        Thread.sleep(2000);
        List<Mailbox.Mail> promotions = Mailbox.all().stream().filter(Mailbox.subjectContains("Sie haben einen Platz: Ansturm")).toList();
        for (String address : movedUp) {
            assertEquals(1, promotions.stream().filter(m -> m.to().contains(address)).count(), "one promotion mail to " + address);
        }
        assertEquals(10, promotions.size(), "exactly the ten moved up hear it: " + promotions.stream().map(Mailbox.Mail::to).toList());
        assertTrue(promotions.stream().noneMatch(m -> stillWaiting.stream().anyMatch(m.to()::contains)));
    }

    @SuppressWarnings("unchecked")
    private static String participantOf(Map<String, Object> registration) {
        return (String) ((Map<String, Object>) registration.get("participant")).get("id");
    }
}
