package org.ansoplatform.identifiers.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.ansoplatform.identifiers.registration.DoiRegistrationStore.Pending;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DataCite's REST API (JSON:API): {@code POST /dois} creates a DOI, {@code PUT /dois/{id}} updates one; the
 * metadata travels as base64 DataCite XML in {@code attributes.xml}, the wanted state as {@code event}.
 * Basic authentication with the repository id and its password.
 */
public class DataCiteClient {

    /** What DataCite answered: the HTTP status and, for a refusal, the reasons its body gives. */
    public record Answer(int status, String reason) {

        public boolean accepted() {
            return status == 200 || status == 201;
        }

        /** Worth trying again later: the service was unavailable, slow or busy. Any other refusal needs a person. */
        public boolean transientFailure() {
            return status == 408 || status == 429 || status >= 500;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataCiteSettings settings;
    private final HttpClient http;

    public DataCiteClient(DataCiteSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends one DOI; a network failure is answered as status 0 with its message, for the outbox to retry. */
    public Answer send(Pending pending) {
        String body = body(pending);
        String base = settings.apiUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/vnd.api+json")
                .header("Accept", "application/vnd.api+json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.repositoryId() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        if (pending.knownRemotely()) {
            request.uri(URI.create(base + "/dois/" + pending.doi().path()))
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.uri(URI.create(base + "/dois")).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.statusCode() < 300 ? null : reason(response));
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    static String body(Pending pending) {
        ObjectNode attributes = JSON.createObjectNode();
        attributes.put("doi", pending.doi().value());
        if (pending.visibility().event() != null) {
            attributes.put("event", pending.visibility().event());
        }
        if (pending.url() != null) {
            attributes.put("url", pending.url());
        }
        attributes.put("xml", Base64.getEncoder().encodeToString(pending.xml().getBytes(StandardCharsets.UTF_8)));
        ObjectNode data = JSON.createObjectNode();
        data.put("type", "dois");
        if (pending.knownRemotely()) {
            data.put("id", pending.doi().value());
        }
        data.set("attributes", attributes);
        ObjectNode document = JSON.createObjectNode();
        document.set("data", data);
        return JSON.writeValueAsString(document);
    }

    /** The titles of JSON:API {@code errors} (with their source), or the start of whatever else came back. */
    static String reason(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        List<String> reasons = new ArrayList<>();
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            for (JsonNode error : errors) {
                String title = error.path("title").asString("");
                String source = error.path("source").asString("");
                if (!title.isBlank()) {
                    reasons.add(source.isBlank() ? title : source + ": " + title);
                }
            }
        } catch (RuntimeException notJson) {
            // a proxy's HTML page or an empty body: the text below says what there is
        }
        if (reasons.isEmpty()) {
            String text = body.strip();
            return text.isEmpty() ? "HTTP " + response.statusCode() : text.substring(0, Math.min(text.length(), 500));
        }
        return String.join("; ", reasons);
    }
}
