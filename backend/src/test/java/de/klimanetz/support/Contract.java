package de.klimanetz.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API contract (../openapi.yaml) as the tests see it: which operations exist, which statuses
 * and headers each documents, and the JSON schema of each response body. Response schemas are
 * checked strictly here (no undeclared fields), while the published contract stays open for
 * additions, as integrators' generated clients expect.
 */
public final class Contract {

    public static final Path FILE = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Contract INSTANCE = new Contract(FILE);

    private final JsonNode document;
    private final ObjectNode strictRoot;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    public record Operation(String method, String pathTemplate) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + pathTemplate;
        }
    }

    private Contract(Path file) {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        strictRoot = document.deepCopy();
        strictRoot.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        closeObjects(strictRoot.path("components").path("schemas"));
    }

    public static Contract get() {
        return INSTANCE;
    }

    public JsonNode document() {
        return document;
    }

    public Set<Operation> operations() {
        Set<Operation> operations = new LinkedHashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(method, path.getKey()));
            }
        }));
        return operations;
    }

    /** Every POST operation by its path template, with its definition. */
    public Map<String, JsonNode> posts() {
        Map<String, JsonNode> posts = new java.util.LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("post")) {
                posts.put(path.getKey(), path.getValue().get("post"));
            }
        });
        return posts;
    }

    /** A JSON value of the contract (e.g. an example) as maps, lists and scalars, for a request body. */
    public static Object toJava(JsonNode node) {
        return new ObjectMapper().convertValue(node, Object.class);
    }

    /** The documented path template that a concrete request path matches, preferring literal segments. */
    public Optional<String> templateFor(String requestPath) {
        List<String> candidates = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            String regex = "^" + Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            if (requestPath.matches(regex)) {
                candidates.add(template);
            }
        });
        return candidates.stream().min((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(), b.chars().filter(c -> c == '{').count()));
    }

    public Optional<JsonNode> response(Operation operation, int status) {
        JsonNode responses = document.path("paths").path(operation.pathTemplate()).path(operation.method()).path("responses");
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            // statuses every operation may answer (request limits, outages), documented once
            response = document.path("x-common-responses").path(Integer.toString(status));
        }
        if (response.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(resolve(response));
    }

    /** The operation's parameters (path-level and its own), references resolved. */
    public List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        JsonNode path = document.path("paths").path(operation.pathTemplate());
        path.path("parameters").forEach(p -> parameters.add(resolve(p)));
        path.path(operation.method()).path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    /** The JSON schema of the operation's request body, if it takes one. */
    public Optional<JsonNode> requestSchema(Operation operation) {
        JsonNode body = resolve(document.path("paths").path(operation.pathTemplate()).path(operation.method()).path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** The example of the operation's request body, if the contract gives one. */
    public Optional<JsonNode> requestExample(Operation operation) {
        JsonNode body = resolve(document.path("paths").path(operation.pathTemplate()).path(operation.method()).path("requestBody"));
        JsonNode example = body.path("content").path("application/json").path("example");
        return example.isMissingNode() ? Optional.empty() : Optional.of(example);
    }

    public Set<Integer> documentedStatuses(Operation operation) {
        Set<Integer> statuses = new LinkedHashSet<>();
        document.path("paths").path(operation.pathTemplate()).path(operation.method()).path("responses")
                .fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
        return statuses;
    }

    /** Validates a body against the schema at a JSON pointer into the contract's components. */
    public Set<ValidationMessage> validate(JsonNode schemaNode, JsonNode body) {
        String ref = schemaNode.path("$ref").asText(null);
        String key = ref != null ? ref : schemaNode.toString();
        JsonSchema schema = schemas.computeIfAbsent(key, k -> {
            ObjectNode root = strictRoot.deepCopy();
            if (ref != null) {
                root.put("$ref", ref);
            } else {
                root.setAll((ObjectNode) schemaNode);
            }
            return factory.getSchema(root, config);
        });
        return schema.validate(body);
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static void closeObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                closeObjects(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(Contract::closeObjects);
        }
    }
}
