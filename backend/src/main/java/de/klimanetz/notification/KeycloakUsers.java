package de.klimanetz.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.klimanetz.config.KlimanetzConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The four calls of Keycloak's Admin REST API that invitations need, over the JDK's HTTP client
 * with a client-credentials token of the service account. Plain calls instead of Keycloak's admin
 * client library: that library brings a second REST stack (about a thousand classes) into an API
 * that has to fit in 300 MB.
 */
@ApplicationScoped
class KeycloakUsers {

    /** An account as far as invitations care: its id and what Keycloak still asks of it. */
    record Account(String id, List<String> requiredActions) {
    }

    private static final java.time.Duration TOKEN_MARGIN = java.time.Duration.ofSeconds(30);

    private final KlimanetzConfig.Accounts config;
    private final ObjectMapper json;
    private final HttpClient http;
    private String token;
    private Instant tokenValidUntil = Instant.MIN;

    KeycloakUsers(KlimanetzConfig config, ObjectMapper json) {
        this.config = config.accounts();
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Optional<Account> findByEmail(String address) {
        HttpResponse<String> response = send(admin("/users?exact=true&email=" + encode(address)).GET());
        expect(response, 200, "search the account");
        JsonNode users = read(response.body());
        if (!users.isArray() || users.isEmpty()) {
            return Optional.empty();
        }
        JsonNode user = users.get(0);
        List<String> actions = new ArrayList<>();
        user.path("requiredActions").forEach(action -> actions.add(action.asText()));
        return Optional.of(new Account(user.path("id").asText(), actions));
    }

    /** The new account's id, or empty when an account with that name exists already (409). */
    Optional<String> create(String address, List<String> requiredActions, String group) {
        Map<String, Object> user = Map.of(
                "username", address,
                "email", address,
                "enabled", true,
                "emailVerified", false,
                "requiredActions", requiredActions,
                "groups", List.of(group));
        HttpResponse<String> response = send(admin("/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(user))));
        if (response.statusCode() == 409) {
            return Optional.empty();
        }
        expect(response, 201, "create the account");
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created the account but named no location"));
        String path = URI.create(location).getPath();
        return Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Keycloak mails the person a link to do these actions, returning to the given client's URL. */
    void executeActionsEmail(String userId, String clientId, String redirectUri, long lifespanSeconds,
                             List<String> actions) {
        String query = "?client_id=" + encode(clientId) + "&redirect_uri=" + encode(redirectUri)
                + "&lifespan=" + lifespanSeconds;
        HttpResponse<String> response = send(admin("/users/" + encode(userId) + "/execute-actions-email" + query)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(actions))));
        expect(response, 204, "send the account mail");
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + encode(config.realm()) + path))
                .timeout(config.timeout())
                .header("Accept", "application/json");
    }

    /** Sends with the service account's token; a token Keycloak no longer accepts is renewed once. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.copy().header("Authorization", "Bearer " + token(false)).build());
        if (response.statusCode() == 401) {
            response = exchange(request.copy().header("Authorization", "Bearer " + token(true)).build());
        }
        return response;
    }

    private synchronized String token(boolean renew) {
        Instant now = Instant.now();
        if (!renew && token != null && now.isBefore(tokenValidUntil)) {
            return token;
        }
        String form = Map.of("grant_type", "client_credentials", "client_id", config.clientId(),
                        "client_secret", config.clientSecret()).entrySet().stream()
                .map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(base() + "/realms/" + encode(config.realm()) + "/protocol/openid-connect/token"))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        expect(response, 200, "get a token for the service account");
        JsonNode body = read(response.body());
        token = body.path("access_token").asText();
        tokenValidUntil = now.plusSeconds(body.path("expires_in").asLong(60)).minus(TOKEN_MARGIN);
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.statusCode());
        }
    }

    private String base() {
        String url = config.serverUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered with something that is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
