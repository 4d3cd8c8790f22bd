package org.ansoplatform.datasets.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict parser of RFC 8288 {@code Link} field values, written from the RFC's ABNF (section 3) with RFC 9110's
 * list, token and quoted-string rules, since Maven Central has no stand-alone one. Anything else fails:
 * a target outside angle brackets or not a URI reference, a parameter that is neither token nor quoted string,
 * an unterminated quote, a stray character. {@code linkset} also accepts line breaks as white space, as RFC 9264's
 * {@code application/linkset} does.
 */
final class Rfc8288 {

    /** One link: its target and its parameters (names in lower case; a repeated {@code rel} keeps the first). */
    record Link(String target, Map<String, String> params) {
        String rel() {
            return params.get("rel");
        }
    }

    private final String text;
    private final boolean lineBreaks;
    private int at;

    private Rfc8288(String text, boolean lineBreaks) {
        this.text = text;
        this.lineBreaks = lineBreaks;
    }

    static List<Link> parse(String value) {
        return new Rfc8288(value, false).links();
    }

    static List<Link> parseLinkset(String value) {
        return new Rfc8288(value, true).links();
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        ows();
        while (at < text.length()) {
            if (peek() == ',') { // empty list elements are allowed by the # rule
                at++;
                ows();
                continue;
            }
            links.add(link());
            ows();
            if (at < text.length()) {
                expect(',');
                ows();
            }
        }
        return links;
    }

    private Link link() {
        expect('<');
        int end = text.indexOf('>', at);
        if (end < 0) {
            throw error("unterminated target");
        }
        String target = text.substring(at, end);
        URI.create(target); // a URI reference, or IllegalArgumentException
        at = end + 1;
        Map<String, String> params = new LinkedHashMap<>();
        while (true) {
            int mark = at;
            ows();
            if (at >= text.length() || peek() != ';') {
                at = mark;
                break;
            }
            at++;
            ows();
            String name = token().toLowerCase(java.util.Locale.ROOT);
            ows();
            String value = null;
            if (at < text.length() && peek() == '=') {
                at++;
                ows();
                value = at < text.length() && peek() == '"' ? quotedString() : token();
            }
            params.putIfAbsent(name, value);
        }
        return new Link(target, params);
    }

    private String token() {
        int start = at;
        while (at < text.length() && tchar(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw error("token expected");
        }
        return text.substring(start, at);
    }

    private String quotedString() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated quoted-string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    throw error("dangling quoted-pair");
                }
                char escaped = text.charAt(at++);
                if (escaped != '\t' && (escaped < 0x20 || escaped == 0x7f)) {
                    throw error("bad quoted-pair");
                }
                value.append(escaped);
            } else if (c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || c >= 0x80) {
                value.append(c);
            } else {
                throw error("bad character in quoted-string");
            }
        }
    }

    private static boolean tchar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private void ows() {
        while (at < text.length() && (peek() == ' ' || peek() == '\t' || (lineBreaks && (peek() == '\n' || peek() == '\r')))) {
            at++;
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("'" + c + "' expected");
        }
        at++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + at + ": " + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)));
    }
}
