package org.ansoplatform.search;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A text cut into the parts a search matched and the rest, so a page marks them with {@code <mark>} without
 * writing unescaped HTML, and the API gives the same as escaped HTML.
 */
public record Highlight(List<Segment> segments) {

    public record Segment(String text, boolean marked) {
    }

    public Highlight {
        segments = List.copyOf(segments);
    }

    public boolean marked() {
        return segments.stream().anyMatch(Segment::marked);
    }

    public String plain() {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    /** Escaped HTML with the matches in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String escaped = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
            html.append(segment.marked() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }
}
