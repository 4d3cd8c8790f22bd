package org.ansoplatform.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * A rendered page read with attoparser’s HTML parser (Thymeleaf’s own, on the class path): its elements by
 * name and attributes, and the text of an element (a JSON-LD data block).
 */
public final class HtmlDocument {

    private final List<Element> elements = new ArrayList<>();

    private HtmlDocument(INestableNode root) {
        collect(root);
    }

    public static HtmlDocument parse(String html) {
        try {
            return new HtmlDocument(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
        } catch (org.attoparser.ParseException e) {
            throw new AssertionError("not parseable as HTML", e);
        }
    }

    /** The elements of this name whose attributes include all of the given ones (name to value). */
    public List<Element> select(String name, Map<String, String> attributes) {
        return elements.stream().filter(e -> e.getElementName().equalsIgnoreCase(name))
                .filter(e -> attributes.entrySet().stream().allMatch(a -> a.getValue().equals(attr(e, a.getKey()))))
                .toList();
    }

    /** The attribute of the first element that matches, unescaped. */
    public String first(String name, Map<String, String> attributes, String attribute) {
        List<Element> found = select(name, attributes);
        if (found.isEmpty()) {
            throw new AssertionError("no " + name + " with " + attributes);
        }
        return attr(found.get(0), attribute);
    }

    /** An attribute’s value with its character references resolved (“&amp;” is “&”), or null. */
    public static String attr(Element element, String name) {
        String value = element.getAttributeValue(name);
        return value == null ? null : org.unbescape.html.HtmlEscape.unescapeHtml(value);
    }

    /** The element’s text content. */
    public static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (INode child : element.getChildren()) {
            if (child instanceof Text text) {
                out.append(org.unbescape.html.HtmlEscape.unescapeHtml(text.getContent()));
            } else if (child instanceof Element nested) {
                out.append(text(nested));
            }
        }
        return out.toString();
    }

    private void collect(INestableNode node) {
        for (INode child : node.getChildren()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
            if (child instanceof INestableNode nested) {
                collect(nested);
            }
        }
    }
}
