package org.ansoplatform.identifiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DataCite REST API on loopback: {@code POST /dois} and {@code PUT /dois/{doi}} answered as DataCite documents
 * (201 or 200 with the DOI's JSON:API document, 422 with {@code errors}, 503 from a busy gateway), one scripted
 * status after another per DOI; 201/200 once the script is spent. Like DataCite it refuses a POST for a DOI it
 * holds already (422, "This DOI has already been taken"). A negative scripted status stores the DOI and then
 * answers its absolute value, as when DataCite created a DOI and its answer was lost. It keeps every request.
 */
final class LocalDataCite implements AutoCloseable {

    record Received(String method, String path, String authorization, JsonNode body) {
        String doi() {
            return body.path("data").path("attributes").path("doi").asString();
        }
    }

    static final String INVALID_XML = "Missing child element(s). Expected is ( {http://datacite.org/schema/kernel-4}creators ). at line 4, column 0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final java.util.Set<String> created = ConcurrentHashMap.newKeySet();

    LocalDataCite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/dois", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The statuses the next requests about this DOI get, in order. */
    void script(String doi, Integer... statuses) {
        scripts.put(doi, new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> about(String doi) {
        return received.stream().filter(request -> request.doi().equals(doi)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body);
        received.add(request);
        String doi = request.doi();
        Deque<Integer> script = scripts.get(doi);
        Integer scripted = script == null ? null : script.poll();
        boolean taken = "POST".equals(request.method()) && created.contains(doi);
        int status = taken ? 422 : scripted != null ? Math.abs(scripted) : "POST".equals(request.method()) ? 201 : 200;
        if (status < 300 || (scripted != null && scripted < 0)) {
            created.add(doi);
        }
        String answer = taken ? """
                {"errors":[{"source":"doi","uid":"%s","title":"This DOI has already been taken"}]}""".formatted(doi) : switch (status) {
            case 201, 200 -> """
                    {"data":{"id":"%s","type":"dois","attributes":{"doi":"%s","state":"%s"}}}"""
                    .formatted(doi, doi, body.path("data").path("attributes").path("event").asString("").equals("publish") ? "findable" : "registered");
            case 422 -> """
                    {"errors":[{"source":"xml","uid":"%s","title":"%s"}]}""".formatted(doi, INVALID_XML);
            case 401 -> """
                    {"errors":[{"status":"401","title":"Bad credentials."}]}""";
            default -> "<html><body>Service Unavailable</body></html>";
        };
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status < 300 || status == 422 || status == 401
                ? "application/vnd.api+json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
