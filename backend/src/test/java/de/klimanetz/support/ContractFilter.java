package de.klimanetz.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every response the tests receive from /api against the contract: the operation is
 * documented, the status is documented for it, the content type and body match the documented
 * schema (no undocumented field), and documented required headers are present. Records which
 * (operation, status) pairs the tests exercised in the {@link ContractRecord}, for {@code ContractCoverageTest}.
 */
public final class ContractFilter implements Filter {

    public static final ContractFilter INSTANCE = new ContractFilter();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WATCHED_HEADERS = List.of("ETag", "Location", "Link", "WWW-Authenticate");

    private ContractFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (path.startsWith("/api/")) {
            List<String> errors = check(request.getMethod().toLowerCase(Locale.ROOT), path, response);
            if (!errors.isEmpty()) {
                throw new AssertionError("Response of " + request.getMethod() + " " + path + " (" + response.statusCode()
                        + ") differs from openapi.yaml:\n - " + String.join("\n - ", errors) + "\nBody: " + response.asString());
            }
        }
        return response;
    }

    private List<String> check(String method, String path, Response response) {
        return check(method, path, response.statusCode(), response::getHeader, response.contentType(), response.asString(), true);
    }

    /**
     * What is wrong with an answer by the contract (empty if nothing): for clients other than
     * RestAssured, such as the fuzz test. {@code header} looks a response header up by name.
     */
    public List<String> check(String method, String path, int status, java.util.function.Function<String, String> header,
                              String contentType, String body, boolean record) {
        Contract contract = Contract.get();
        List<String> errors = new ArrayList<>();
        Optional<String> template = contract.templateFor(path);
        if (template.isEmpty()) {
            if (status != 404) {
                errors.add("path is not in the contract");
            }
            return errors;
        }
        Contract.Operation operation = new Contract.Operation(method, template.get());
        if (!contract.operations().contains(operation)) {
            if (status != 405) {
                errors.add("operation " + operation + " is not in the contract");
            }
            return errors;
        }
        if (record) {
            ContractRecord.add(operation, status);
        }
        Optional<JsonNode> documented = contract.response(operation, status);
        if (documented.isEmpty()) {
            errors.add("status " + status + " is not documented for " + operation);
            return errors;
        }
        checkHeaders(documented.get(), header, errors);
        checkBody(contract, documented.get(), contentType, body, errors);
        return errors;
    }

    private static void checkHeaders(JsonNode documented, java.util.function.Function<String, String> header, List<String> errors) {
        JsonNode headers = documented.path("headers");
        for (String name : WATCHED_HEADERS) {
            boolean isDocumented = headers.has(name);
            boolean present = header.apply(name) != null;
            if (present && !isDocumented) {
                errors.add("header " + name + " is sent but not documented");
            }
            if (isDocumented && !present && !name.equals("Link")) {
                errors.add("documented header " + name + " is missing");
            }
        }
    }

    private static void checkBody(Contract contract, JsonNode documented, String responseContentType, String body, List<String> errors) {
        JsonNode content = documented.path("content");
        if (body == null || body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                errors.add("the body is empty but the contract documents one");
            }
            return;
        }
        String contentType = responseContentType == null ? "" : responseContentType.split(";")[0].trim();
        JsonNode media = content.path(contentType);
        if (media.isMissingNode()) {
            errors.add("content type '" + contentType + "' is not documented");
            return;
        }
        if (!contentType.endsWith("json")) {
            return;
        }
        try {
            Set<ValidationMessage> messages = contract.validate(media.path("schema"), JSON.readTree(body));
            messages.forEach(m -> errors.add(m.getMessage()));
        } catch (IOException e) {
            errors.add("the body is not JSON: " + e.getMessage());
        }
    }
}
