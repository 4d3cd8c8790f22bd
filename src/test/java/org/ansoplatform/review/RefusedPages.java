package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a page shown again after a refused form: a part of it (a row), and the message next to a field. */
final class RefusedPages {

    private RefusedPages() {
    }

    /** The page from the first {@code start} to the next {@code end} after it. */
    static String segment(String html, String start, String end) {
        int at = html.indexOf(start);
        assertThat(at).as("%s in the page", start).isNotNegative();
        int to = html.indexOf(end, at);
        return html.substring(at, to < 0 ? html.length() : to);
    }

    /** The message shown next to a field ({@code fragments/forms :: error}), or null. */
    static String errorOf(String html, String field) {
        Matcher matcher = Pattern.compile("<small class=\"field-error\" id=\"" + Pattern.quote(field + "-error") + "\">([^<]*)</small>")
                .matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }
}
