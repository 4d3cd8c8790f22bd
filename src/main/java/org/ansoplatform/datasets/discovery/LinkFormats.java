package org.ansoplatform.datasets.discovery;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.discovery.Signposts.Link;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed links written as RFC 8288 {@code Link} header values (targets in angle brackets, relation types and
 * parameters quoted), as an RFC 9264 {@code application/linkset} (the same syntax, every link with its
 * {@code anchor}, one link per line) and as {@code application/linkset+json} (one context object per anchor).
 */
final class LinkFormats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LinkFormats() {
    }

    /** The header value and how many open files it leaves to the linkset. */
    record Header(String value, int omittedItems) {
    }

    static Header header(DatasetDescription version, String base) {
        int files = Signposts.openFiles(version).size();
        String linkset = base + DatasetsPaths.linkset(version.datasetId(), version.number());
        List<Link> tail = List.of(new Link(null, "linkset", linkset, Signposts.LINKSET),
                new Link(null, "linkset", linkset + ".json", Signposts.LINKSET_JSON));
        if (files <= Signposts.HEADER_ITEMS) {
            String full = value(concat(Signposts.landing(version, base, Signposts.HEADER_AUTHORS, true), tail), false);
            if (full.getBytes(StandardCharsets.UTF_8).length <= Signposts.HEADER_BYTES) {
                return new Header(full, 0);
            }
        }
        String without = value(concat(Signposts.landing(version, base, Signposts.HEADER_AUTHORS, false), tail), false);
        return new Header(without, files);
    }

    static String linkset(List<Link> links) {
        return value(links, true);
    }

    static String linksetJson(List<Link> links) {
        Map<String, ObjectNode> contexts = new LinkedHashMap<>();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode set = root.putArray("linkset");
        for (Link link : links) {
            ObjectNode context = contexts.computeIfAbsent(link.anchor(), anchor -> {
                ObjectNode node = set.addObject();
                node.put("anchor", anchor);
                return node;
            });
            ArrayNode targets = context.has(link.rel()) ? (ArrayNode) context.get(link.rel()) : context.putArray(link.rel());
            ObjectNode target = targets.addObject();
            target.put("href", link.href());
            if (link.type() != null) {
                target.put("type", link.type());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static List<Link> concat(List<Link> a, List<Link> b) {
        List<Link> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String value(List<Link> links, boolean anchored) {
        StringBuilder out = new StringBuilder();
        for (Link link : links) {
            if (!out.isEmpty()) {
                out.append(anchored ? ",\n" : ", ");
            }
            out.append('<').append(link.href()).append(">; rel=").append(quoted(link.rel()));
            if (anchored) {
                out.append("; anchor=").append(quoted(link.anchor()));
            }
            if (link.type() != null) {
                out.append("; type=").append(quoted(link.type()));
            }
        }
        return out.toString();
    }

    /** An RFC 7230 quoted-string: backslash and double quote escaped. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
