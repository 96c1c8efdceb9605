package de.klimanetz.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Contract;
import de.klimanetz.support.ContractFilter;
import de.klimanetz.support.Events;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The contract-driven fuzz test of issue 10. For every operation in openapi.yaml (new ones
 * included, without touching this class) and every kind of caller it sends requests generated
 * from the operation's parameters and request schema: a plausible request first, then mutations
 * of it (wrong types, boundaries, NUL, unpaired surrogates, overlong and invalid UTF-8, far and
 * impossible dates, huge numbers, malformed ids, paging extremes, duplicate keys, missing or wrong
 * content types and If-Match values). Every answer must
 * <ul>
 *   <li>not be a 5xx;</li>
 *   <li>match the contract (documented status, content type, schema, headers);</li>
 *   <li>not accept (2xx) a body the contract's request schema forbids;</li>
 *   <li>if it refuses a change (4xx to POST, PUT, DELETE), have changed nothing in the database.</li>
 * </ul>
 * Reproducible: the seed is fixed ({@code -Dklimanetz.fuzz.seed=...} to vary it) and printed with
 * every failure; {@code -Dklimanetz.fuzz.mutations} sets the number of mutations per operation and
 * caller (default 16).
 */
@QuarkusTest
@Order(Integer.MAX_VALUE - 1)
class ContractFuzzTest extends ApiTest {

    private static final long SEED = Long.getLong("klimanetz.fuzz.seed", 20261207L);
    private static final int MUTATIONS = Integer.getInteger("klimanetz.fuzz.mutations", 16);
    private static final Duration BUDGET = Duration.ofMinutes(5);
    private static final List<String> CALLERS = List.of("anonymous", "outsider", "member", "coordinator of another network",
            "coordinator", "admin", "integration");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    DataSource dataSource;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String fingerprint;
    private long nextXid;

    @Test
    void everyOperationKeepsTheContractForEveryCallerAndInput() throws Exception {
        base = RestAssured.baseURI + ":" + RestAssured.port;
        setUp();
        Random random = new Random(SEED);
        List<Contract.Operation> operations = new ArrayList<>(Contract.get().operations());
        // reads first, then changes, removals last: the fixtures live as long as possible
        operations.sort(Comparator.comparingInt(op -> List.of("get", "post", "put", "patch", "delete").indexOf(op.method())));
        fingerprint = fingerprint();
        nextXid = nextXid();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        AtomicInteger cases = new AtomicInteger();
        long began = System.nanoTime();
        for (Contract.Operation operation : operations) {
            for (String caller : CALLERS) {
                int mutations = caller.equals("admin") || caller.equals("coordinator") || caller.equals("member") ? MUTATIONS : 2;
                for (int i = 0; i <= mutations && failures.size() < 20; i++) {
                    Case c = generate(operation, caller, random, i == 0);
                    String failure = run(c, statuses);
                    cases.incrementAndGet();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
            assertTrue(System.nanoTime() - began < BUDGET.toNanos(), "the fuzz test ran over its budget of " + BUDGET);
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.printf("Contract fuzz: %d cases over %d operations and %d callers in %d s (seed %d), statuses %s%n",
                cases.get(), operations.size(), CALLERS.size(), seconds, SEED, statuses);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.get() + " cases failed (seed " + SEED
                + ", reproduce with -Dklimanetz.fuzz.seed=" + SEED + "):\n" + String.join("\n\n", failures));
    }

    // ------------------------------------------------------------------ cases

    private record Case(String caller, String method, String path, String query, Map<String, String> headers, byte[] body,
                        JsonNode jsonBody, JsonNode schema, String description) {
    }

    private Case generate(Contract.Operation operation, String caller, Random random, boolean plain) {
        Contract contract = Contract.get();
        List<String> notes = new ArrayList<>();
        String path = operation.pathTemplate();
        StringBuilder query = new StringBuilder();
        // one kind of mutation per case: path, query, header or body
        int target = plain ? -1 : random.nextInt(4);
        for (JsonNode parameter : contract.parameters(operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = contract.resolve(parameter.path("schema"));
            if (in.equals("path")) {
                String value = encode(pathValue(operation.pathTemplate(), name, schema));
                if (target == 0 && random.nextBoolean()) {
                    value = pick(random, badPathValues(schema));
                    notes.add("path " + name + "=" + value);
                }
                path = path.replace("{" + name + "}", value);
            } else if (in.equals("query")) {
                if (target == 1 && random.nextInt(3) > 0) {
                    String value = pick(random, badQueryValues(schema));
                    notes.add("query " + name + "=" + value);
                    query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(value);
                } else if (random.nextInt(3) == 0) {
                    query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(validScalar(name, schema)));
                }
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", random.nextBoolean() ? "de" : "en");
        if (contract.parameters(operation).stream().anyMatch(p -> p.path("name").asText().equals("If-Match"))) {
            String etag = currentEtag(path);
            if (target == 2) {
                etag = pick(random, List.of("*", "\"999999\"", "W/\"0\"", "kaputt", "\"0\", \"1\"", "", "\"" + "9".repeat(40) + "\""));
                notes.add("If-Match " + etag);
            }
            if (!etag.isEmpty()) {
                headers.put("If-Match", etag);
            }
        }
        byte[] body = null;
        JsonNode jsonBody = null;
        JsonNode schema = contract.requestSchema(operation).orElse(null);
        if (schema != null) {
            headers.put("Content-Type", "application/json");
            jsonBody = contract.requestExample(operation).<JsonNode>map(JsonNode::deepCopy).orElseGet(() -> valid(schema, "", random, 0));
            jsonBody = withFixtures(jsonBody, schema);
            if (target == 3 || (target >= 0 && random.nextInt(4) == 0)) {
                if (random.nextInt(6) == 0) {
                    String kind = pick(random, List.of("empty", "null", "array", "truncated", "duplicate", "utf8", "trailing",
                            "deep", "no-type", "text-type", "surrogate-raw"));
                    notes.add("body " + kind);
                    body = rawBody(kind, jsonBody, headers);
                    jsonBody = null;
                } else {
                    String mutation = mutate(jsonBody, schema, random);
                    notes.add("body " + mutation);
                }
            }
            if (body == null && jsonBody != null) {
                body = write(jsonBody);
            }
        }
        return new Case(caller, operation.method().toUpperCase(Locale.ROOT), path, query.toString(), headers, body, jsonBody,
                schema, (plain ? "plain request" : String.join("; ", notes)));
    }

    private String run(Case c, Map<Integer, Integer> statuses) throws Exception {
        URI uri = URI.create(base + c.path() + (c.query().isEmpty() ? "" : "?" + c.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        c.headers().forEach(request::header);
        String token = tokens.get(c.caller());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        List<String> wrong = new ArrayList<>();
        if (status >= 500) {
            wrong.add("server error " + status);
        }
        String rawPath = uri.getRawPath();
        wrong.addAll(ContractFilter.INSTANCE.check(c.method().toLowerCase(Locale.ROOT), rawPath, status,
                name -> response.headers().firstValue(name).orElse(null),
                response.headers().firstValue("Content-Type").orElse(null), response.body(), false));
        boolean accepted = status >= 200 && status < 300;
        if (accepted && c.schema() != null) {
            if (c.jsonBody() == null) {
                wrong.add("accepted a body that is not the JSON the contract asks for");
            } else {
                // networknt checks e-mail domains against the list of top-level domains, and the
                // contract's own examples use the reserved .example: that format is not held against the API
                var messages = Contract.get().validate(c.schema(), c.jsonBody()).stream()
                        .filter(m -> !("format".equals(m.getType()) && m.getMessage().contains("email"))).toList();
                if (!messages.isEmpty()) {
                    wrong.add("accepted a body the contract forbids: " + messages);
                }
            }
        }
        long xid = nextXid();
        if (xid != nextXid) {
            String now = fingerprint();
            boolean changes = !c.method().equals("GET");
            if (changes && status >= 400 && !now.equals(fingerprint)) {
                wrong.add("refused with " + status + " but the database changed");
            }
            fingerprint = now;
            nextXid = nextXid();
        }
        if (wrong.isEmpty()) {
            return null;
        }
        String body = c.body() == null ? "" : new String(c.body(), StandardCharsets.UTF_8);
        return c.method() + " " + uri + " as " + c.caller() + " (" + c.description() + ") -> " + status + ":\n - "
                + String.join("\n - ", wrong) + "\n   request body: " + abbreviate(body) + "\n   answer: " + abbreviate(response.body())
                + "\n   seed " + SEED;
    }

    // ------------------------------------------------------------------ values

    private String pathValue(String template, String name, JsonNode schema) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{" + name + "}")) {
                String owner = segments[i - 1];
                String key = owner + "/" + name;
                if (ids.containsKey(key)) {
                    return ids.get(key);
                }
                if (ids.containsKey(owner)) {
                    return ids.get(owner);
                }
            }
        }
        return validScalar(name, schema);
    }

    private String validScalar(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if (schema.has("default")) {
            return schema.path("default").asText();
        }
        return switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> ids.getOrDefault("sessions", LocalDate.now().toString());
            default -> switch (schema.path("type").asText()) {
                case "integer" -> "1";
                case "boolean" -> "true";
                default -> name.equals("q") ? "Unna" : "x";
            };
        };
    }

    private static List<String> badPathValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("kaputt", "%00", "%C0%AF", "%ED%A0%80", "1-1-1-1-1", UUID.randomUUID().toString(),
                "x".repeat(300), "%E2%80%8B", "00000000-0000-0000-0000-000000000000"));
        if ("date".equals(schema.path("format").asText())) {
            values.addAll(List.of("0000-01-01", "9999-12-31", "2026-02-30", "+10000-01-01", "1899-12-31"));
        }
        return values;
    }

    private static List<String> badQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("%00", "a%00b", "%C0%AF", "%ED%A0%80", "%FF", "%E2%80%8B", "", "x".repeat(5000),
                "%F0%9F%8C%8D", "Un%CC%88na", "%1B%5B31m"));
        switch (schema.path("type").asText()) {
            case "integer" -> values.addAll(List.of("-1", "0", "2147483647", "2147483648", "107374183", "1000001", "9223372036854775808",
                    "1.5", "1e3", "abc", Integer.toString(schema.path("maximum").asInt(100) + 1)));
            case "boolean" -> values.addAll(List.of("TRUE", "1", "ja"));
            default -> {
            }
        }
        if ("date".equals(schema.path("format").asText())) {
            values.addAll(List.of("0000-01-01", "9999-12-31", "2026-02-30", "%2B10000-01-01", "1899-12-31"));
        }
        if (schema.has("enum")) {
            values.addAll(List.of("XYZ", schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT)));
        }
        return values;
    }

    /** A valid value for a schema, with fixture ids where a property names one. */
    private JsonNode valid(JsonNode rawSchema, String property, Random random, int depth) {
        JsonNode schema = nonNull(Contract.get().resolve(rawSchema));
        if (schema.has("enum")) {
            return NODES.textNode(schema.path("enum").get(0).asText());
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), valid(p.getValue(), p.getKey(), random, depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6 && !schema.path("items").isMissingNode()) {
                    array.add(valid(schema.path("items"), property, random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                int min = schema.path("minimum").asInt(1);
                return NODES.numberNode(Math.max(min, Math.min(schema.path("maximum").asInt(60), 60)));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(validText(schema, property));
            }
        }
    }

    private String validText(JsonNode schema, String property) {
        if (schema.has("example")) {
            return schema.path("example").asText();
        }
        return switch (schema.path("format").asText()) {
            case "uuid" -> ids.getOrDefault("property/" + property, UUID.randomUUID().toString());
            case "date" -> LocalDate.now().plusDays(7).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.HOURS).toString();
            case "email" -> "fuzz@klimanetz.example";
            case "uri" -> "https://example.org/fuzz";
            default -> schema.has("pattern") ? "10:00" : "Fuzz";
        };
    }

    /** Replaces ids in a body (e.g. from the contract's example) by ids that exist, by property name. */
    private JsonNode withFixtures(JsonNode body, JsonNode schema) {
        if (body instanceof ObjectNode object) {
            JsonNode properties = nonNull(Contract.get().resolve(schema)).path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode fieldSchema = nonNull(Contract.get().resolve(properties.path(field.getKey())));
                String id = ids.get("property/" + field.getKey());
                if (id != null && field.getValue().isTextual() && "uuid".equals(fieldSchema.path("format").asText())) {
                    field.setValue(NODES.textNode(id));
                } else if (field.getValue().isContainerNode()) {
                    field.setValue(withFixtures(field.getValue(), fieldSchema.has("items") ? fieldSchema.path("items") : fieldSchema));
                }
            }
        } else if (body instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withFixtures(array.get(i), schema));
            }
        }
        return body;
    }

    /** Changes one place of the body; says what it did. */
    private String mutate(JsonNode body, JsonNode schema, Random random) {
        List<String[]> places = new ArrayList<>();
        collect(body, nonNull(Contract.get().resolve(schema)), "", places);
        if (places.isEmpty() || !(body instanceof ObjectNode)) {
            return "unchanged";
        }
        String[] place = places.get(random.nextInt(places.size()));
        String pointer = place[0];
        String type = place[1];
        JsonNode fieldSchema = schemaOf(place[2]);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = body.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        List<Supplier<JsonNode>> choices = new ArrayList<>(List.of(
                () -> NODES.numberNode(12345), () -> NODES.booleanNode(true), () -> NODES.textNode("10"), () -> NODES.nullNode(),
                () -> NODES.arrayNode(), () -> NODES.objectNode(), () -> NODES.numberNode(1.5)));
        switch (type) {
            case "string" -> {
                int max = fieldSchema.path("maxLength").asInt(200);
                choices.addAll(List.of(() -> NODES.textNode(""), () -> NODES.textNode("   "), () -> NODES.textNode("\u200B\u200B"),
                        () -> NODES.textNode("Un\u0000na"), () -> NODES.textNode("a\u0007b"), () -> NODES.textNode("x".repeat(max + 1)),
                        () -> NODES.textNode("x".repeat(Math.max(max, 1))), () -> NODES.textNode("🌍".repeat(Math.max(max / 2 + 1, 1))),
                        () -> NODES.textNode("Cafe\u0301 \u202Eevil"), () -> NODES.textNode("x".repeat(200_000)),
                        () -> NODES.textNode("0000-01-01"), () -> NODES.textNode("9999-12-31"), () -> NODES.textNode("2026-02-30"),
                        () -> NODES.textNode("+10000-01-01"), () -> NODES.textNode("9999-12-31T23:59:59Z"),
                        () -> NODES.textNode("0000-01-01T00:00:00Z"), () -> NODES.textNode("2026-12-08T10:00:00+18:00"),
                        () -> NODES.textNode("kaputt"), () -> NODES.textNode("1-1-1-1-1"), () -> NODES.textNode(UUID.randomUUID().toString()),
                        () -> NODES.textNode("javascript:alert(1)"), () -> NODES.textNode("XYZ"),
                        () -> NODES.textNode("FREQ=WEEKLY;BYDAY=TU;UNTIL=99991231"), () -> NODES.textNode("FREQ=DAILY;COUNT=100000")));
            }
            case "integer", "number" -> choices.addAll(List.of(() -> NODES.numberNode(fieldSchema.path("minimum").asLong(0) - 1),
                    () -> NODES.numberNode(fieldSchema.path("maximum").asLong(Integer.MAX_VALUE) + 1), () -> NODES.numberNode(0),
                    () -> NODES.numberNode(-1), () -> NODES.numberNode(2147483648L), () -> NODES.numberNode(Long.MAX_VALUE),
                    () -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), () -> NODES.numberNode(1e300),
                    () -> NODES.textNode("1e3")));
            case "array" -> {
                int max = fieldSchema.path("maxItems").asInt(50);
                choices.addAll(List.of(() -> {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode first = body.at(pointer).size() > 0 ? body.at(pointer).get(0) : NODES.textNode("x");
                    for (int i = 0; i <= max; i++) {
                        many.add(first.deepCopy());
                    }
                    return many;
                }, () -> NODES.arrayNode().add(NODES.nullNode()), () -> NODES.arrayNode().add(12345), () -> NODES.arrayNode().add("kaputt")));
            }
            case "object" -> choices.add(() -> {
                ObjectNode copy = (ObjectNode) body.at(pointer).deepCopy();
                copy.put("unbekannt", "x");
                return copy;
            });
            default -> {
            }
        }
        int choice = random.nextInt(choices.size() + 2);
        if (choice == choices.size()) {
            remove(parent, key);
            return "without " + pointer;
        }
        if (choice == choices.size() + 1) {
            if (parent instanceof ObjectNode object) {
                object.put("unbekannt" + random.nextInt(10), "x");
                return "unknown field next to " + pointer;
            }
            choice = 0;
        }
        JsonNode value = choices.get(choice).get();
        set(parent, key, value);
        return pointer + "=" + abbreviate(value.toString());
    }

    private static JsonNode schemaOf(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return NODES.objectNode();
        }
    }

    private static void collect(JsonNode node, JsonNode schema, String pointer, List<String[]> places) {
        if (node instanceof ObjectNode object) {
            JsonNode properties = schema.path("properties");
            object.fields().forEachRemaining(field -> {
                JsonNode fieldSchema = nonNull(Contract.get().resolve(properties.path(field.getKey())));
                String at = pointer + "/" + field.getKey();
                places.add(new String[] {at, type(fieldSchema), fieldSchema.toString()});
                collect(field.getValue(), fieldSchema, at, places);
            });
        } else if (node instanceof ArrayNode array) {
            JsonNode items = nonNull(Contract.get().resolve(schema.path("items")));
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                places.add(new String[] {at, type(items), items.toString()});
                collect(array.get(i), items, at, places);
            }
        }
    }

    private static byte[] rawBody(String kind, JsonNode body, Map<String, String> headers) {
        String text = body.toString();
        return switch (kind) {
            case "empty" -> new byte[0];
            case "null" -> "null".getBytes(StandardCharsets.UTF_8);
            case "array" -> "[]".getBytes(StandardCharsets.UTF_8);
            case "truncated" -> text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8);
            case "duplicate" -> text.startsWith("{\"") ? ("{" + text.substring(1, text.indexOf(':') + 1) + "\"doppelt\","
                    + text.substring(1)).getBytes(StandardCharsets.UTF_8) : "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
            case "utf8" -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int quote = text.indexOf(":\"");
                if (quote > 0 && quote + 3 < bytes.length) {
                    bytes[quote + 2] = (byte) 0xC0;
                    bytes[quote + 3] = (byte) 0xAF;
                }
                yield bytes;
            }
            case "trailing" -> (text + " {}").getBytes(StandardCharsets.UTF_8);
            case "deep" -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "no-type" -> {
                headers.remove("Content-Type");
                yield text.getBytes(StandardCharsets.UTF_8);
            }
            case "text-type" -> {
                headers.put("Content-Type", "text/plain");
                yield text.getBytes(StandardCharsets.UTF_8);
            }
            default -> text.replaceFirst(":\"", ":\"\\\\udc00").getBytes(StandardCharsets.UTF_8);
        };
    }

    // ------------------------------------------------------------------ fixtures and state

    private void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> participants = new LinkedHashMap<>();
        for (String caller : List.of("outsider", "member", "coordinator of another network", "coordinator", "admin")) {
            String token = caller.equals("admin") ? Tokens.user("fuzz-admin-" + run, "admin", "member")
                    : Tokens.user("fuzz-" + caller.replace(' ', '-') + "-" + run, "member");
            tokens.put(caller, token);
            participants.put(caller, RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id"));
        }
        tokens.put("integration", Tokens.integration());
        String admin = Tokens.admin();
        String network = People.network("Fuzz " + run);
        String other = People.network("Fuzz andere " + run);
        String municipality = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Fuzzkreis", "kind", "KREIS", "officialKey", "09" + (100 + new Random(SEED).nextInt(800)), "federalState", "BY"))
                .post("/api/v1/municipalities").then().extract().path("id");
        if (municipality == null) {
            municipality = RestAssured.given().auth().oauth2(admin).get("/api/v1/municipalities").path("items[0].id");
        }
        People.add(network, participants.get("member"), "MEMBER");
        People.add(network, participants.get("coordinator"), "COORDINATOR");
        People.add(network, participants.get("admin"), "COORDINATOR");
        People.add(other, participants.get("coordinator of another network"), "COORDINATOR");
        String target = RestAssured.given().auth().oauth2(Tokens.user("fuzz-target-" + run, "member")).get("/api/v1/me").path("id");
        People.add(network, target, "MEMBER");
        String invitation = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("email", "fuzz-" + run + "@klimanetz.example")).post("/api/v1/networks/" + network + "/members")
                .then().statusCode(201).extract().path("id");
        String room = Rooms.create(network, Rooms.weeklySince(10));
        String today = RestAssured.given().auth().oauth2(admin).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        String event = Events.create(network, Events.event("Fuzz-Treffen", 20, 50));
        String registration = RestAssured.given().auth().oauth2(tokens.get("member")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        String feed = RestAssured.given().auth().oauth2(tokens.get("member")).post("/api/v1/me/calendar-feed").then().statusCode(201)
                .extract().path("url");
        String feedToken = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());

        ids.put("networks", network);
        ids.put("municipalities", municipality);
        ids.put("participants", participants.get("member"));
        ids.put("members", target);
        ids.put("invitations", invitation);
        ids.put("online-rooms", room);
        ids.put("sessions", today);
        ids.put("events", event);
        ids.put("registrations", registration);
        ids.put("calendar", feedToken);
        ids.put("property/participantId", participants.get("member"));
        ids.put("property/hostParticipantId", participants.get("member"));
        ids.put("property/moderatorIds", participants.get("coordinator"));
        ids.put("property/municipalityId", municipality);
        ids.put("property/hostMunicipalityId", municipality);
    }

    /** The ETag of what a path names, read as admin; a list's item etag or "0" when there is none. */
    private String currentEtag(String path) {
        var response = RestAssured.given().noFilters().auth().oauth2(Tokens.admin()).get(path);
        if (response.statusCode() == 200 && response.header("ETag") != null) {
            return response.header("ETag");
        }
        if (response.statusCode() == 200 && response.contentType().startsWith("application/json")) {
            Object etag = response.path("etag");
            if (etag != null) {
                return etag.toString();
            }
        }
        return "\"0\"";
    }

    /** The next transaction id PostgreSQL will hand out: unchanged unless something wrote. */
    private long nextXid() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The mail and webhook workers run beside the requests and move queued mails and deliveries
     * along (status, attempts, a subscription's failure count); a request only ever adds or drops a
     * queued row or changes what an admin set, so that is all the digest looks at there.
     */
    private static final Map<String, String> REQUEST_OWNED_COLUMNS = Map.of(
            "mail_outbox", "t.id::text",
            "webhook_delivery", "t.id::text",
            "webhook_subscription", "concat_ws('|', t.id, t.url, t.event_types, t.description, t.secret, t.created_at)");
    /** Tables only the background workers write (attempt logs, the change feed's retention horizon). */
    private static final Set<String> BACKGROUND_ONLY = Set.of("mail_attempt", "webhook_attempt", "domain_event_horizon");

    /** A digest of every row of every table of the application, leaving out what the background workers do. */
    private String fingerprint() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            StringBuilder digest = new StringBuilder();
            for (String table : tables) {
                if (BACKGROUND_ONLY.contains(table)) {
                    continue;
                }
                String row = REQUEST_OWNED_COLUMNS.getOrDefault(table, "t::text");
                try (ResultSet result = statement.executeQuery("select md5(coalesce(string_agg(md5(" + row + "), ',' order by md5(" + row + ")), ''))"
                        + " from \"" + table + "\" t")) {
                    result.next();
                    digest.append(table).append('=').append(result.getString(1)).append(';');
                }
            }
            return digest.toString();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static final class People {
        static String network(String name) {
            return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "region", "NRW", "eligibility", "Klimaschutzmanagement",
                            "organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org")))
                    .post("/api/v1/networks").then().statusCode(201).extract().path("id");
        }

        static void add(String network, String participant, String role) {
            RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("participantId", participant, "role", role))
                    .post("/api/v1/networks/" + network + "/members").then().statusCode(201);
        }
    }

    private static JsonNode nonNull(JsonNode schema) {
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.path("oneOf")) {
                JsonNode resolved = Contract.get().resolve(option);
                if (!"null".equals(resolved.path("type").asText())) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("string");
    }

    private static void remove(JsonNode parent, String key) {
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(key));
        }
    }

    private static void set(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }

    private static byte[] write(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
    }
}
