package org.ansoplatform.platform.web;

import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.attoparser.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page’s JSON-LD data blocks expanded with titanium-json-ld against the local copy of the schema.org context
 * (no network): what a search engine reads, every term as its full schema.org IRI.
 */
public final class SchemaOrg {

    public static final String S = "http://schema.org/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final DocumentLoader LOCAL = (url, options) -> {
        String address = url.toString().replaceFirst("/$", "");
        if (!address.equals("https://schema.org") && !address.equals("http://schema.org")) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + address);
        }
        try (InputStream in = SchemaOrg.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld")) {
            var document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    private SchemaOrg() {
    }

    /** The expanded form of the page’s only JSON-LD block. */
    public static JsonNode onlyBlock(String html) throws JsonLdError {
        List<Element> blocks = HtmlDocument.parse(html).select("script", Map.of("type", "application/ld+json"));
        if (blocks.size() != 1) {
            throw new AssertionError(blocks.size() + " JSON-LD blocks");
        }
        String text = HtmlDocument.text(blocks.get(0));
        var expanded = JsonLd.expand(JsonDocument.of(new StringReader(text))).loader(LOCAL).get();
        JsonNode nodes = JSON.readTree(expanded.toString());
        if (nodes.size() != 1) {
            throw new AssertionError("expected one top node in " + nodes);
        }
        return nodes.get(0);
    }

    /** The first value of a schema.org property (its {@code @value} or {@code @id}), or null. */
    public static String value(JsonNode node, String property) {
        JsonNode values = node.get(S + property);
        if (values == null || values.isEmpty()) {
            return null;
        }
        JsonNode first = values.get(0);
        return first.has("@value") ? first.get("@value").asString() : first.has("@id") ? first.get("@id").asString() : null;
    }

    /** The nodes a property holds. */
    public static List<JsonNode> nodes(JsonNode node, String property) {
        JsonNode values = node.get(S + property);
        return values == null ? List.of() : values.valueStream().toList();
    }

    public static String type(JsonNode node) {
        return node.get("@type").get(0).asString();
    }
}
